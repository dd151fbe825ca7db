import { describe, expect, test } from 'vitest';
import { sniffFormat } from '../../../db/io';

const reason = (bytes: Uint8Array) => {
  try {
    sniffFormat(bytes, 'file.csv');
  } catch (err) {
    return (err as { details: { reason: string } }).details.reason;
  }
  return null;
};

describe('sniffFormat', () => {
  test('a ZIP container is a workbook, whatever the file is called', () => {
    expect(sniffFormat(Buffer.from('PK\x03\x04rest', 'latin1'), 'table.csv')).toBe('xlsx');
  });

  test('anything else is text, to be checked once decoded', () => {
    expect(sniffFormat(Buffer.from('a,b\n1,2'), 'table.xlsx')).toBe('text');
  });

  test.each([
    ['an old .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]],
    ['a PDF', [...Buffer.from('%PDF-1.7')]],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['a SQLite database', [...Buffer.from('SQLite format 3\0xyz', 'latin1')]],
    ['a gzip archive', [0x1f, 0x8b, 8, 0]],
  ])('%s is refused with what to do instead', (_, bytes) => {
    expect(reason(Uint8Array.from(bytes))).toBe('unsupported-format');
  });

  test('an empty file is refused', () => {
    expect(reason(new Uint8Array())).toBe('empty');
  });
});
