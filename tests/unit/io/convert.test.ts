import { describe, expect, test } from 'vitest';
import { convertCell, type ConvertContext } from '../../../db/io/convert';
import { countryCode } from '../../../db/io';
import { projectStages, sectors } from '../../../db/schema';

const point: ConvertContext = { numberFormat: 'decimal-point', date1904: false };
const comma: ConvertContext = { numberFormat: 'decimal-comma', date1904: false };

describe('convertCell', () => {
  test('blank cells are unknown; a blank list is empty', () => {
    expect(convertCell('  ', { type: 'number' }, point)).toEqual({ ok: true, value: null });
    expect(convertCell(null, { type: 'text', max: 10 }, point)).toEqual({ ok: true, value: null });
    expect(convertCell('', { type: 'enumList', values: sectors }, point)).toEqual({ ok: true, value: [] });
  });

  test('numbers from a workbook stay numbers; text is read in the declared format', () => {
    expect(convertCell(1234.5, { type: 'number' }, comma)).toEqual({ ok: true, value: 1234.5 });
    expect(convertCell('1 234,5', { type: 'number' }, comma)).toEqual({ ok: true, value: 1234.5 });
    expect(convertCell('40 %', { type: 'percent' }, point)).toEqual({ ok: true, value: 40 });
    expect(convertCell(true, { type: 'number' }, point)).toMatchObject({ ok: false });
  });

  test('whole numbers must be whole', () => {
    expect(convertCell('2,5', { type: 'integer' }, comma)).toEqual({ ok: false, code: 'number.notWhole', problem: 'must be a whole number' });
    expect(convertCell('12 000', { type: 'integer' }, comma)).toEqual({ ok: true, value: 12000 });
  });

  test('text fields take numbers as Excel shows them and undo the formula escape', () => {
    expect(convertCell(2030, { type: 'text', max: 300 }, point)).toEqual({ ok: true, value: '2030' });
    expect(convertCell("'=SUM(A1)", { type: 'text', max: 300 }, point)).toEqual({ ok: true, value: '=SUM(A1)' });
    expect(convertCell("'plain", { type: 'text', max: 300 }, point)).toEqual({ ok: true, value: "'plain" });
  });

  test('enums accept codes, labels and aliases', () => {
    const stage = { type: 'enum', values: projectStages } as const;
    expect(convertCell('FID', stage, point)).toEqual({ ok: true, value: 'fid' });
    expect(convertCell('MoU signed', stage, point)).toEqual({ ok: true, value: 'mou' });
    expect(convertCell('final investment decision', stage, point)).toEqual({ ok: true, value: 'fid' });
    const bad = convertCell('Planned', stage, point);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problem).toMatch(/^is not one of: Idea, MoU, Feasibility, FID/);
  });

  test('lists split on commas, semicolons and bars, dropping repeats', () => {
    expect(convertCell('Chemicals; polymers, CHEMICALS', { type: 'enumList', values: sectors }, point)).toEqual({ ok: true, value: ['chemicals', 'polymers'] });
    expect(convertCell('chemicals; gold', { type: 'enumList', values: sectors }, point)).toMatchObject({ ok: false });
  });

  test('dates, with serial numbers in the workbook date system', () => {
    expect(convertCell('12.11.2024', { type: 'date' }, point)).toEqual({ ok: true, value: '2024-11-12' });
    expect(convertCell(43830, { type: 'date' }, { ...point, date1904: true })).toEqual({ ok: true, value: '2024-01-01' });
  });

  test('codes are cased as stored', () => {
    expect(convertCell(' usd ', { type: 'code', case: 'upper' }, point)).toEqual({ ok: true, value: 'USD' });
    expect(convertCell('RU', { type: 'code', case: 'lower' }, point)).toEqual({ ok: true, value: 'ru' });
  });
});

describe('countryCode', () => {
  test.each([
    ['AZ', 'AZ'],
    ['az', 'AZ'],
    ['Azerbaijan', 'AZ'],
    ['Азербайджан', 'AZ'],
    ['Azərbaycan', 'AZ'],
    ['الإمارات العربية المتحدة', 'AE'],
    ['United Kingdom', 'GB'],
    ['Türkiye', 'TR'],
    ['Kosovo', 'XK'],
  ])('%s is %s', (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  test.each(['EU', 'European Union', 'ZZ', 'Atlantis', 'A'])('%s is not a country', (text) => {
    expect(countryCode(text)).toBeNull();
  });
});
