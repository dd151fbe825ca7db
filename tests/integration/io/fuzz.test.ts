import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../db/contract/result';
import { autoMap, commitImport, planImport, readImportBytes, workspaceLookup, type Delimiter } from '../../../db/io';
import { useIoWorkspace } from './support';

const workspace = useIoWorkspace();

const HEADER = ['Name', 'Country', 'Category', 'Stage', 'Capex', 'Signed on', 'Notes'];

/** Hostile text: quotes, delimiters, line breaks, formula starters, any Unicode. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('"', ',', ';', '\t', '|', '\n', '\r\n', 'a', 'я', ' ', '=', '-'), maxLength: 10 }),
);

/** Cells that are sometimes valid and often not. */
const cell = fc.oneof(
  fc.constantFrom('Electric buses', 'Сумгайыт', 'مجمع صناعي', '', ' ', 'AZ', 'xx', 'hydrogen', 'MoU', 'planned'),
  fc.constantFrom('1 234,5', '1,234.5', '12,345', '(5)', '−3', '2024-11', '12.11.2024', '45608', 'abc'),
  text,
);

/** A row that a careful analyst would write, with free text in its notes. */
const validRow = fc.tuple(
  fc.constantFrom('Electric buses', 'Сумгайыт полипропилен', 'مجمع صناعي', 'Açu "Low Carbon" Hub', 'A;B,C|D'),
  fc.constantFrom('AZ', 'Azerbaijan', 'ae', 'Бразилия'),
  fc.constantFrom('hydrogen', 'Energy storage', 'CCUS', 'digital'),
  fc.constantFrom('idea', 'MoU signed', 'FID', 'operational'),
  fc.constantFrom('', '1 234,5', '0,5', '12', '(0)'),
  fc.constantFrom('', '2024', '2024-11', '12.11.2024', '45608'),
  text,
);

const csvFile = fc.record({
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
  header: fc.oneof(
    { weight: 4, arbitrary: fc.constant(HEADER) },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HEADER), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 8 }) },
  ),
  rows: fc.array(fc.oneof({ weight: 6, arbitrary: validRow.map((r) => [...r]) }, { weight: 1, arbitrary: fc.array(cell, { maxLength: 9 }) }), { maxLength: 12 }),
  quoteAll: fc.boolean(),
  lineEnd: fc.constantFrom('\n', '\r\n'),
});

const render = (f: { delimiter: Delimiter; header: string[]; rows: string[][]; quoteAll: boolean; lineEnd: string }) => {
  const field = (v: string) => (f.quoteAll || /["\r\n]/.test(v) || v.includes(f.delimiter) ? `"${v.replace(/"/g, '""')}"` : v);
  return [f.header, ...f.rows].map((r) => r.map(field).join(f.delimiter)).join(f.lineEnd);
};

describe('fuzzing the CSV importer', () => {
  test('thousands of generated files: no crash, and either a refusal that writes nothing or a complete commit', async () => {
    const io = workspace();
    let committedWithRows = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(csvFile, async (f) => {
        const before = io.snapshot();
        try {
          const file = await readImportBytes(Buffer.from(render(f), 'utf8'), 'fuzz.csv');
          const request = { table: 'projects' as const, mapping: autoMap('projects', file.sheet.header).mapping, numberFormat: 'decimal-comma' as const, matchBy: 'name' as const, onMatch: 'insert' as const };
          const expected = planImport(file.sheet, request, workspaceLookup(io.ws));
          const outcome = commitImport(io.ws, file.sheet, request);
          expect(outcome.status).toBe('committed');
          expect(expected.errors).toBe(0);
          expect(io.count('projects')).toBe(before.projects + expected.counts.insert);
          const stored = io.ws.db.prepare('SELECT name, notes FROM projects ORDER BY id DESC LIMIT ?').all(expected.counts.insert).reverse();
          expect(stored).toEqual(expected.rows.map((r) => ({ name: r.record.name, notes: r.record.notes })));
          if (expected.counts.insert > 0) committedWithRows++;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          expect(err.code).toBe('VALIDATION');
          expect(err.message).toMatch(/^"fuzz.csv"/);
          expect(io.snapshot()).toEqual(before);
          refused++;
        }
      }),
      { numRuns: 2000, seed: 20260115 },
    );
    expect(committedWithRows).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(100);
  }, 60_000);

  test('arbitrary bytes never crash the reader: they are read or refused with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        try {
          await readImportBytes(bytes, 'bytes.csv');
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).details).toHaveProperty('reason');
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
