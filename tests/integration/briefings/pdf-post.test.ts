import { describe, expect, it } from 'vitest';
import { withMetadata } from '../../../electron/pdf/pdf-info';
import { PdfFormatError } from '../../../electron/pdf/pdf-objects';
import { readStructure } from '../../../electron/pdf/pdf-structure';
import { tocNumbers } from '../../../electron/pdf/toc-numbers';
import { readPdf } from '../../support/pdf-read';
import { useTempDir } from '../../support/temp';
import { tinyPdf } from '../../support/tiny-pdf';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const temp = useTempDir();

describe('reading what Chromium wrote', () => {
  it('counts the pages and finds the page of each outline item', () => {
    const pdf = tinyPdf({ pages: 5, outline: [{ title: 'Brief', page: 1 }, { title: '1. Identity', page: 3 }, { title: '2. Projects', page: 5 }] });
    expect(readStructure(pdf)).toEqual({
      pages: 5,
      outline: [
        { title: 'Brief', page: 1, depth: 0 },
        { title: '1. Identity', page: 3, depth: 0 },
        { title: '2. Projects', page: 5, depth: 0 },
      ],
    });
  });

  it('refuses a file that is not laid out as Chromium writes PDFs, rather than guess', () => {
    expect(() => readStructure(Buffer.from('%PDF-1.7\nnot really\n%%EOF'))).toThrow(PdfFormatError);
  });
});

describe('numbering the table of contents from the outline', () => {
  const outline = [
    { title: 'Brief', page: 1, depth: 0 },
    { title: 'Contents', page: 2, depth: 1 },
    { title: '1. Identity', page: 3, depth: 1 },
    // A heading moved to the next page comes out doubled; an Arabic one with its words in visual order.
    { title: '2. AgreementsAgreements', page: 4, depth: 1 },
    { title: '3. التعريفية البيانات', page: 6, depth: 1 },
  ];

  it('matches headings by number and words, in order', () => {
    expect(tocNumbers(outline, ['1. Identity', '2. Agreements', '3. البيانات التعريفية'])).toEqual([3, 4, 6]);
  });

  it('gives no number to a heading it cannot find, never a wrong one', () => {
    expect(tocNumbers(outline, ['1. Identity', '2. Sources'])).toEqual([3, null]);
  });
});

describe('document metadata added after printing', () => {
  it('sets title, author, subject, keywords and language in any script, keeping every page', async () => {
    const raw = tinyPdf({ pages: 3, title: 'from the page' });
    const meta = { title: 'Brief «Sumqayıt» / سري', author: 'Аналитик', subject: 'Cluster brief: Sumgait', keywords: 'DRAFT — RESTRICTED', language: 'ar' };
    const file = join(temp(), 'meta.pdf');
    writeFileSync(file, withMetadata(raw, meta));
    const read = await readPdf(file);
    expect(read.pages).toHaveLength(3);
    expect(read.info).toMatchObject({ Title: meta.title, Author: meta.author, Subject: meta.subject, Keywords: meta.keywords, Language: 'ar', Creator: 'ClusterDesk' });
  });

  it('appends to the bytes Chromium wrote instead of rewriting them', () => {
    const raw = tinyPdf({ pages: 1 });
    const updated = withMetadata(raw, { title: 't', author: '', subject: '', keywords: '', language: 'en' });
    expect(updated.subarray(0, raw.length).equals(raw)).toBe(true);
    expect(updated.toString('latin1')).toMatch(/\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
  });
});
