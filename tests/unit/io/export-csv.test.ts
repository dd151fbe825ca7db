import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { escapeFormula, toCsv, unescapeFormula, type ExportTable } from '../../../db/io';

const table: ExportTable = {
  name: 'projects',
  columns: [
    { key: 'name', header: 'Name', type: 'text' },
    { key: 'capex', header: 'Capex', type: 'number' },
    { key: 'notes', header: 'Notes', type: 'text' },
  ],
  rows: [
    { name: 'Сумгайыт, "NextGen"', capex: 1234.5, notes: '=HYPERLINK("http://x")' },
    { name: 'مجمع', capex: -5, notes: 'line one\nline two' },
    { name: '@risk', capex: null, notes: '\tTabbed' },
  ],
};

describe('toCsv', () => {
  test('writes UTF-8 with a byte-order mark, CRLF line ends and RFC 4180 quoting', () => {
    const bytes = toCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Name,Capex,Notes');
    expect(text).toContain('"Сумгайыт, ""NextGen""",1234.5,');
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;
    expect(parsed[2]).toEqual(['مجمع', '-5', 'line one\nline two']);
  });

  test('text that a spreadsheet would run as a formula is escaped; numbers stay numbers', () => {
    const rows = Papa.parse<string[]>(toCsv(table).toString('utf8').slice(1).trimEnd(), { delimiter: ',' }).data;
    expect(rows[1][2]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[2][1]).toBe('-5');
    expect(rows[3][0]).toBe("'@risk");
    expect(rows[3][2]).toBe("'\tTabbed");
  });

  test('a semicolon delimiter can pair with a decimal comma', () => {
    const text = toCsv(table, { delimiter: ';', decimal: ',' }).toString('utf8');
    expect(text).toContain('"Сумгайыт, ""NextGen""";1234,5;');
    expect(() => toCsv(table, { delimiter: ',', decimal: ',' })).toThrow(/semicolon or tab/);
  });
});

describe('formula escaping', () => {
  test.each(['=1+1', '+7', '-2', '@SUM(A1)', '\tx', '\rx'])('%j is escaped and restored', (text) => {
    expect(escapeFormula(text)).toBe(`'${text}`);
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  test.each(['plain', "'quoted", '', '1=1', 'a-b'])('%j is left alone', (text) => {
    expect(escapeFormula(text)).toBe(text);
    expect(unescapeFormula(text)).toBe(text);
  });
});
