import { describe, expect, test } from 'vitest';
import { numberFormatFor, parseNumber, type NumberFormat } from '../../../db/io';

const value = (text: string, format: NumberFormat) => {
  const r = parseNumber(text, format);
  if (!r.ok) throw new Error(`${text}: ${r.problem}`);
  return r;
};

describe('parseNumber', () => {
  test.each<[string, NumberFormat, number]>([
    ['1234.5', 'decimal-point', 1234.5],
    ['1,234.5', 'decimal-point', 1234.5],
    ['1,234,567.25', 'decimal-point', 1234567.25],
    ['1 234.5', 'decimal-point', 1234.5],
    ['0.125', 'decimal-point', 0.125],
    ['.5', 'decimal-point', 0.5],
    ['2.5e3', 'decimal-point', 2500],
    ['1234,5', 'decimal-comma', 1234.5],
    ['1.234,5', 'decimal-comma', 1234.5],
    ['1.234.567,25', 'decimal-comma', 1234567.25],
    ['1 234,5', 'decimal-comma', 1234.5],
    ['1\u00a0234,5', 'decimal-comma', 1234.5],
    ['1\u202f234\u202f567,5', 'decimal-comma', 1234567.5],
    ['  42  ', 'decimal-comma', 42],
    ['-5', 'decimal-point', -5],
    ['+5', 'decimal-point', 5],
    ['\u22121 234,5', 'decimal-comma', -1234.5],
    ['\u2212 7', 'decimal-point', -7],
    ['(1 234)', 'decimal-comma', -1234],
    ['(1,234.5)', 'decimal-point', -1234.5],
    ['١٢٣٤٫٥', 'decimal-point', 1234.5],
    ['۱٬۲۳۴', 'decimal-point', 1234],
  ])('%s in %s is %d', (text, format, expected) => {
    expect(value(text, format).value).toBe(expected);
  });

  test.each<[string, NumberFormat, number, number]>([
    ['12,345', 'decimal-point', 12345, 12.345],
    ['1.234', 'decimal-point', 1.234, 1234],
    ['12.345', 'decimal-comma', 12345, 12.345],
    ['1,234', 'decimal-comma', 1.234, 1234],
    ['\u2212999,000', 'decimal-point', -999000, -999],
  ])('%s in %s is read as %d, with a warning naming the other reading', (text, format, expected, other) => {
    const r = value(text, format);
    expect(r.value).toBe(expected);
    expect(r.warning?.problem).toContain(`could mean ${expected} or ${other}`);
    expect(r.warning?.problem).toContain('change the number format');
    expect(r.warning?.params).toMatchObject({ value: expected, other, format });
  });

  test.each<[string, NumberFormat]>([
    ['0,125', 'decimal-comma'],
    ['0.125', 'decimal-point'],
    ['1,234,567', 'decimal-point'],
    ['1 234', 'decimal-comma'],
    ['12345', 'decimal-point'],
  ])('%s in %s is not ambiguous', (text, format) => {
    expect(value(text, format).warning).toBeUndefined();
  });

  test.each<[string, NumberFormat]>([
    ['1.234,5', 'decimal-point'],
    ['12,5', 'decimal-point'],
    ['1 234,5', 'decimal-point'],
    ['1,234.5', 'decimal-comma'],
    ['12.5', 'decimal-comma'],
  ])('%s in %s is refused with advice to change the format', (text, format) => {
    const r = parseNumber(text, format);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/is written in the .* format, but the file's number format is set to/);
  });

  test.each(['', 'abc', '12a', '1,23,4', '1.2.3', '--5', '(5', 'Infinity', 'NaN', '$100', '1 2', '5.', '(−5)'])('%j is not a number', (text) => {
    expect(parseNumber(text, 'decimal-point')).toMatchObject({ ok: false });
    expect(parseNumber(text, 'decimal-comma')).toMatchObject({ ok: false });
  });

  test('the app languages map to their usual format', () => {
    expect(numberFormatFor('en')).toBe('decimal-point');
    expect(numberFormatFor('ar')).toBe('decimal-point');
    expect(numberFormatFor('az')).toBe('decimal-comma');
    expect(numberFormatFor('ru')).toBe('decimal-comma');
  });
});
