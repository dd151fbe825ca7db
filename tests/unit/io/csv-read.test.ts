import { describe, expect, test } from 'vitest';
import { detectDelimiter, readCsv, type Delimiter } from '../../../db/io';
import { encode } from '../../fixtures/io/encode';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err as { code: string; message: string; details: { reason: string } };
  }
  throw new Error('expected a refusal');
};

describe('detectDelimiter', () => {
  test.each<[Delimiter, string]>([
    [',', 'name,country,stage\nA,AZ,idea\nB,AE,fid'],
    [';', 'name;capex;country\nA;1,5;AZ\nB;2,25;AE'],
    ['\t', 'name\tnotes\nA\tx, y; z\nB\tw'],
    ['|', 'name|country\nA|AZ\nB|BR'],
  ])('finds %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  test('a quoted delimiter does not count', () => {
    expect(detectDelimiter('name;notes\n"A, B";"x, y, z"\nC;D')).toBe(';');
  });

  test('a single column gets the comma', () => {
    expect(detectDelimiter('name\nA\nB')).toBe(',');
  });

  test('a file of several megabytes is judged by its first records', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `Project ${i};${i},5;AZ`);
    expect(detectDelimiter(['name;capex;country', ...rows].join('\r\n'))).toBe(';');
  });

  test('records longer than the sample are still read whole', () => {
    const long = 'x'.repeat(300_000);
    const rows = Array.from({ length: 6 }, (_, i) => `${long}${i}|"${long}, ${long}"|AZ`);
    expect(detectDelimiter(['name|notes|country', ...rows].join('\n'))).toBe('|');
  });
});

describe('readCsv', () => {
  test('reads the header and rows, numbering rows as a spreadsheet does and skipping blank lines', () => {
    const { sheet, delimiter, delimiterGuessed, decoded } = readCsv(Buffer.from('Name;Country\r\n\r\nSumgait;AZ\r\n"Açu; port";BR\r\n;\r\n'), 'c.csv');
    expect(delimiter).toBe(';');
    expect(delimiterGuessed).toBe(true);
    expect(decoded.encoding).toBe('utf-8');
    expect(sheet.header).toEqual(['Name', 'Country']);
    expect(sheet.rows).toEqual([
      ['Sumgait', 'AZ'],
      ['Açu; port', 'BR'],
    ]);
    expect(sheet.rowNumbers).toEqual([3, 4]);
    expect(sheet.issues).toEqual([]);
  });

  test('quoted values keep line breaks, quotes and delimiters', () => {
    const { sheet } = readCsv(Buffer.from('a,b\n"line one\nline two","say ""hi"", ok"\n'), 'q.csv');
    expect(sheet.rows).toEqual([['line one\nline two', 'say "hi", ok']]);
  });

  test('blank header cells get a name', () => {
    expect(readCsv(Buffer.from('a,,c\n1,2,3'), 'h.csv').sheet.header).toEqual(['a', 'Column 2', 'c']);
  });

  test('an explicit delimiter and encoding override detection', () => {
    const bytes = encode('Название|Страна\nЗавод|AZ', 'koi8-r');
    const read = readCsv(bytes, 'k.csv', { delimiter: '|', encoding: 'koi8-r' });
    expect(read.sheet.header).toEqual(['Название', 'Страна']);
    expect(read.delimiterGuessed).toBe(false);
    expect(read.decoded.confidence).toBe('chosen');
  });

  test('ragged rows are reported with their row numbers and what to do', () => {
    const { sheet } = readCsv(Buffer.from('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n'), 'r.csv');
    expect(sheet.issues.map((i) => [i.row, i.severity])).toEqual([
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(sheet.issues[0].problem).toMatch(/has 2 values but the header has 3 columns/);
    expect(sheet.issues[1].problem).toMatch(/contains the delimiter, comma/);
    expect(sheet.rows[3]).toEqual(['10', '11', '12']);
  });

  test('an unclosed quote is reported at its row', () => {
    const { sheet } = readCsv(Buffer.from('a,b\n1,2\n"3,4\n5,6\n'), 'u.csv');
    expect(sheet.issues.some((i) => i.row === 3 && /never closed/.test(i.problem))).toBe(true);
  });

  test.each([
    ['an empty file', Buffer.alloc(0)],
    ['only a byte-order mark', Buffer.from([0xef, 0xbb, 0xbf])],
    ['only blank lines', Buffer.from('\r\n\r\n , \r\n')],
  ])('%s is refused as empty', (_, bytes) => {
    const err = refusal(() => readCsv(bytes, 'e.csv'));
    expect(err.details.reason).toBe('empty');
    expect(err.message).toMatch(/^"e.csv" .*nothing to import/);
  });

  test('binary content is refused as not a text file', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const err = refusal(() => readCsv(bytes, 'data.csv'));
    expect(err.details.reason).toBe('binary');
    expect(err.message).toMatch(/^"data.csv" is not a text file/);
  });

  test('text with many control characters is refused too', () => {
    const err = refusal(() => readCsv(Buffer.from('a,b\n' + '\x01\x02\x03x,y\n'.repeat(50)), 'ctl.csv'));
    expect(err.details.reason).toBe('binary');
  });
});
