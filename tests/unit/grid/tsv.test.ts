import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTsv, serialiseTsv } from '../../../renderer/grid/model/tsv';

describe('reading tab-separated text from Excel and LibreOffice', () => {
  it('splits cells by tabs and rows by CRLF, without an empty last row for the final line break', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('accepts LF and lone CR line breaks, and text without a final line break', () => {
    expect(parseTsv('a\nb\rc')).toEqual([['a'], ['b'], ['c']]);
  });

  it('reads a quoted cell holding line breaks, tabs and doubled quotes as one cell', () => {
    const text = 'Name\tNotes\r\n"Baku\tport"\t"line one\r\nline ""two"""\r\nSumgait\tplain\r\n';
    expect(parseTsv(text)).toEqual([
      ['Name', 'Notes'],
      ['Baku\tport', 'line one\r\nline "two"'],
      ['Sumgait', 'plain'],
    ]);
  });

  it('keeps a quote inside an unquoted cell, and a lone opening quote, as text', () => {
    expect(parseTsv('5" pipe\t"open')).toEqual([['5" pipe', '"open']]);
  });

  it('keeps empty cells, and rows of different lengths as they come', () => {
    expect(parseTsv('a\t\tc\r\n\tb\r\nonly\r\n')).toEqual([['a', '', 'c'], ['', 'b'], ['only']]);
  });

  it('reads one empty cell copied alone as one row with one empty cell, and nothing as no rows', () => {
    expect(parseTsv('\r\n')).toEqual([['']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('takes the text after a closing quote up to the next separator, as Excel does', () => {
    expect(parseTsv('"ab"c\td')).toEqual([['abc', 'd']]);
  });
});

describe('writing tab-separated text for Excel and LibreOffice', () => {
  it('ends every row with CRLF and quotes only cells that need it, doubling their quotes', () => {
    expect(serialiseTsv([['plain', 'with\ttab'], ['two\nlines', 'say "hi"']])).toBe('plain\t"with\ttab"\r\n"two\nlines"\t"say ""hi"""\r\n');
  });

  it('gives back exactly the cells it wrote, whatever they hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'б', 'ə', 'ع', ' ', '\t', '\n', '\r', '"', ',', ';') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseTsv(serialiseTsv(rows))).toEqual(rows);
      }),
    );
  });
});
