import { describe, expect, test } from 'vitest';
import { excelSerialToDate, parseDate } from '../../../db/io';

describe('parseDate', () => {
  test.each<[string | number, string]>([
    ['2024', '2024'],
    ['2024-11', '2024-11'],
    ['2024-11-12', '2024-11-12'],
    ['2024-11-12T09:30:00Z', '2024-11-12'],
    ['2024-11-12 09:30', '2024-11-12'],
    ['12.11.2024', '2024-11-12'],
    ['1.2.2024', '2024-02-01'],
    ['11.2024', '2024-11'],
    ['12 November 2024', '2024-11-12'],
    ['Nov 2024', '2024-11'],
    ['November 12, 2024', '2024-11-12'],
    [' 2026-01 ', '2026-01'],
    [2030, '2030'],
    [45608, '2024-11-12'],
    ['45608', '2024-11-12'],
    [45608.75, '2024-11-12'],
  ])('%j is %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  test.each<[string | number, RegExp]>([
    ['2024-02-30', /not a calendar date/],
    ['31.04.2024', /not a calendar date/],
    ['2024-13', /not a calendar date/],
    ['03/04/2024', /could be read two ways/],
    ['2024/04/03', /could be read two ways/],
    ['next year', /not a date; write it as/],
    [60, /did not exist/],
    [0, /not a date Excel can hold/],
    [-3, /not a date Excel can hold/],
    [3e6, /not a date Excel can hold/],
  ])('%j is refused: %s', (input, problem) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(problem);
  });
});

describe('excelSerialToDate', () => {
  test.each<[number, string]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [45292, '2024-01-01'],
    [2958465, '9999-12-31'],
  ])('serial %d in the 1900 system is %s (counting the phantom 29 February 1900)', (serial, expected) => {
    expect(excelSerialToDate(serial)).toEqual({ ok: true, value: expected });
  });

  test('the 1904 system counts from 1904-01-01', () => {
    expect(excelSerialToDate(0, true)).toEqual({ ok: true, value: '1904-01-01' });
    expect(excelSerialToDate(43830, true)).toEqual({ ok: true, value: '2024-01-01' });
    expect(parseDate(43830, true)).toEqual({ ok: true, value: '2024-01-01' });
  });
});
