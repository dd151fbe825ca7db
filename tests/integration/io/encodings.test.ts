import { describe, expect, test } from 'vitest';
import { autoMap, commitImport, readImportBytes, type Delimiter, type NumberFormat, type TextEncoding } from '../../../db/io';
import { encode } from '../../fixtures/io/encode';
import { useIoWorkspace } from './support';

const workspace = useIoWorkspace();

const CYRILLIC = ['Выбросы', 'Рабочие места, Сумгайыт', 'Инвестиции'];
const WESTERN = ['Émissions', 'Arbeitsplätze Müller', 'Inversión'];

const encodings: { encoding: TextEncoding; bom: boolean; metrics: string[] }[] = [
  { encoding: 'utf-8', bom: true, metrics: CYRILLIC },
  { encoding: 'utf-8', bom: false, metrics: CYRILLIC },
  { encoding: 'utf-16le', bom: true, metrics: CYRILLIC },
  { encoding: 'utf-16be', bom: true, metrics: CYRILLIC },
  { encoding: 'windows-1251', bom: false, metrics: CYRILLIC },
  { encoding: 'koi8-r', bom: false, metrics: CYRILLIC },
  { encoding: 'windows-1252', bom: false, metrics: WESTERN },
];

/** The same three values written in each number format, with the delimiter that format's Excel uses. */
const formats: { format: NumberFormat; delimiter: Delimiter; values: string[] }[] = [
  { format: 'decimal-point', delimiter: ',', values: ['"1,234.5"', '\u221212', '"(1,000.5)"'] },
  { format: 'decimal-point', delimiter: '|', values: ['1 234.5', '-12', '(1000.5)'] },
  { format: 'decimal-comma', delimiter: ';', values: ['1.234,5', '\u221212', '(1.000,5)'] },
  { format: 'decimal-comma', delimiter: '\t', values: ['1\u00a0234,5', '-12', '(1\u202f000,5)'] },
];

/** Single-byte code pages have no minus sign or narrow no-break space: files in them use a hyphen and a no-break space. */
const SINGLE_BYTE = new Set<TextEncoding>(['windows-1251', 'koi8-r', 'windows-1252']);
const fit = (text: string, encoding: TextEncoding) => (SINGLE_BYTE.has(encoding) ? text.replace(/\u2212/g, '-').replace(/\u202f/g, '\u00a0') : text);

describe('an indicator file in each encoding and number format imports the same values', () => {
  for (const e of encodings) {
    for (const f of formats) {
      test(`${e.encoding}${e.bom ? ' with BOM' : ''}, ${f.format} separated by ${JSON.stringify(f.delimiter)}`, async () => {
        const io = workspace();
        const row = (cells: string[]) => cells.join(f.delimiter);
        const text = [row(['Subject type', 'Country', 'Metric', 'Year', 'Value', 'Unit'])]
          .concat(e.metrics.map((m, i) => row(['country', 'AZ', `"${m}"`, '2024', f.values[i], 'Mt'])))
          .join('\r\n');
        const file = await readImportBytes(encode(fit(text, e.encoding), e.encoding, e.bom), 'indicators.csv');
        expect(file.encoding?.encoding).toBe(e.encoding);
        expect(file.delimiter?.value).toBe(f.delimiter);
        const request = { table: 'indicators' as const, mapping: autoMap('indicators', file.sheet.header).mapping, numberFormat: f.format, matchBy: 'name' as const, onMatch: 'insert' as const };
        expect(commitImport(io.ws, file.sheet, request)).toMatchObject({ status: 'committed', inserted: 3, warnings: 0 });
        expect(io.ws.db.prepare('SELECT metric, value FROM indicator_observations ORDER BY id').all()).toEqual([
          { metric: e.metrics[0], value: 1234.5 },
          { metric: e.metrics[1], value: -12 },
          { metric: e.metrics[2], value: -1000.5 },
        ]);
      });
    }
  }
});
