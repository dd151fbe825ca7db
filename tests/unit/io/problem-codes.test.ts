import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ImportIssue } from '../../../db/contract/groups/imports';
import { planImport, problemCodes, readCsv, refusalReasons, type ReportIssue } from '../../../db/io';
import { checkField } from '../../../db/io/field-rules';
import { memoryLookup } from './support/memory-lookup';
import { request, sheet } from './support/plan-input';

const LOCALES = ['en', 'az', 'ru', 'ar'] as const;
type Locale = (typeof LOCALES)[number];

const catalogue = (locale: Locale) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../renderer/locales', locale, 'import.json'), 'utf8')) as { problems: Record<string, Record<string, string>> };
const problems = Object.fromEntries(LOCALES.map((l) => [l, catalogue(l).problems])) as Record<Locale, Record<string, Record<string, string>>>;

/** The sentences a code has in a locale: one, or one per plural form the locale needs. */
function sentences(locale: Locale, code: string): Record<string, string | undefined> {
  const [group, key] = code.split('.');
  const texts = problems[locale][group] ?? {};
  if (key in texts) return { '': texts[key] };
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return Object.fromEntries(forms.map((f) => [f, texts[`${key}_${f}`]]));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]);

describe('problem codes', () => {
  test.each(LOCALES)('every code the library can emit has a sentence in %s, in each plural form it needs', (locale) => {
    const missing = problemCodes.flatMap((code) =>
      Object.entries(sentences(locale, code))
        .filter(([, text]) => !text)
        .map(([form]) => (form ? `${code}_${form}` : code)),
    );
    expect(missing).toEqual([]);
  });

  const cluster = { id: 7, name: 'Sumgait Chemical Industrial Park' };
  const plant = { id: 3, version: 2, name: 'Polypropylene plant', clusterId: null, country: 'AZ', category: 'hydrogen', stage: 'idea', capex: 650, capexLow: 600, capexHigh: null };
  const lookup = memoryLookup({ clusters: [cluster, { ...cluster, id: 8 }], projects: [plant], indicators: [{ id: 5, subjectType: 'country', subjectId: null, country: 'AZ', metric: 'Jobs', year: 2025, observedOn: null }] });

  /** Files with most things an analyst gets wrong, read and planned as the wizard does. */
  function messyReports(): ReportIssue[] {
    const projectHeader = ['Name', 'Cluster', 'Country', 'Category', 'Stage', 'Capex', 'Signed on', 'Start year'];
    const projects = sheet(projectHeader, [
      ['', 'Sumgait Chemical Industrial Park', 'Atlantis', 'hydrogen', 'planned', '-5', '03/04/2024', '1850'],
      ['Second', 'Nowhere Park', 'AZ', 'hydrogen', 'idea', 'abc', 'soon', 2030],
      ['Third', '', 'AZ', 'hydrogen', 'idea', '1.234,5', '2024-02-30', true],
      ['Fourth', '', 'AZ', 'hydrogen', 'idea', '12,345', '', ''],
      ['Fifth', '', 'AZ', 'hydrogen', 'idea', '1.234', '', ''],
      ['Polypropylene plant', '', 'AZ', 'hydrogen', 'idea', '500', '', ''],
      ['polypropylene PLANT', '', '', 'hydrogen', 'idea', '', '', ''],
      ['Sixth', '', 'AZ', 'hydrogen', 'idea', '', '', ''],
      ['SIXTH', '', 'AZ', 'hydrogen', 'idea', '', '', ''],
    ]);
    const partners = sheet(['Name', 'Kind', 'Parent organisation'], [
      ['A', 'private', 'A'],
      ['B', 'private', 'C'],
      ['C', 'private', 'B'],
      ['D', 'private', 'Nobody'],
      ['E', 'private', 'Twin'],
      ['Twin', 'private', ''],
      ['TWIN', 'private', ''],
    ]);
    const indicators = sheet(['Subject type', 'Subject', 'Country', 'Metric', 'Year', 'Value', 'Unit'], [
      ['country', 'Sumgait Chemical Industrial Park', '', 'emissions', '2024', '1', 'Mt'],
      ['project', '', '', 'capex', '2024', '1', 'USD m'],
      ['country', '', 'AZ', 'jobs', '2025', '1', 'jobs'],
    ]);
    const csv = readCsv(new TextEncoder().encode('Name,Country,Notes\nA,AZ\nB,AZ,x,y\nD,AZ,"a"b"\nC,AZ,"open\n'), 'ragged.csv').sheet;
    const clusters = sheet(['Name', 'Sectors'], [['Park', 'Steel; Fishing'], ['Zone', 'Steel; Fishing; Bakery']]);
    const twoNames = sheet(['Name', 'Title'], [['x', 'y']]);
    return [
      ...planImport(projects, request('projects', projects), lookup).issues,
      ...planImport(projects, request('projects', projects, { unresolved: 'leave-empty' }), lookup).issues,
      ...planImport(partners, request('partners', partners), memoryLookup({})).issues,
      ...planImport(indicators, request('indicators', indicators), lookup).issues,
      ...planImport(sheet(['Name'], [['x']]), request('projects', sheet(['Name'], [['x']]), { matchBy: 'id' }), lookup).issues,
      ...planImport(sheet(['Stage'], [['idea']]), request('projects', sheet(['Stage'], [['idea']]), { onMatch: 'insert' }), lookup).issues,
      ...planImport(twoNames, request('projects', twoNames, { mapping: ['name', 'name'] }), lookup).issues,
      ...planImport(twoNames, request('projects', twoNames, { mapping: ['name', 'bogus'] }), lookup).issues,
      ...planImport(clusters, request('clusters', clusters, { onMatch: 'insert' }), lookup).issues,
      ...csv.issues,
    ];
  }
  const issues = messyReports();

  test('a messy file reports many kinds of problem, each with a known code', () => {
    const seen = new Set(issues.map((i) => i.code));
    expect([...seen].filter((c) => !(problemCodes as readonly string[]).includes(c))).toEqual([]);
    // Not every code (a workbook's error cell needs a workbook), but most, so the next test means something.
    expect(seen.size).toBeGreaterThanOrEqual(36);
  });

  test('code and params cross the contract as they are', () => {
    for (const issue of issues) expect(ImportIssue.parse(issue)).toEqual(issue);
  });

  test.each(LOCALES)('every reported problem has what its %s sentence needs', (locale) => {
    const gaps = issues.flatMap((issue) => {
      const texts = sentences(locale, issue.code);
      const count = issue.params?.count;
      const text = '' in texts ? texts[''] : texts[new Intl.PluralRules(locale).select(Number(count))];
      const wanted = placeholders(text ?? '');
      return wanted.filter((name) => !(name in (issue.params ?? {}))).map((name) => `${issue.code}: ${name}`);
    });
    expect([...new Set(gaps)]).toEqual([]);
  });

  test("a zod rule is said with the grid's code and the number it names, the schema's message kept in English", () => {
    expect(checkField('projects', 'capex', -5)).toMatchObject({ ok: false, code: 'field.negative', problem: 'must not be negative' });
    expect(checkField('projects', 'startYear', 1850)).toMatchObject({ ok: false, code: 'field.min', params: { min: 1900 }, problem: 'must be 1900 or later' });
    expect(checkField('indicators', 'metric', 'x'.repeat(201))).toMatchObject({ ok: false, code: 'field.tooLong', params: { max: 200 } });
  });
});

describe('refusal reasons', () => {
  const refusals = (locale: Locale) =>
    (JSON.parse(readFileSync(join(import.meta.dirname, '../../../renderer/locales', locale, 'import.json'), 'utf8')) as { refusals: Record<string, string> }).refusals;

  test.each(LOCALES)('every reason a whole file is refused for has a sentence in %s', (locale) => {
    const texts = refusals(locale);
    const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    // 'invalid-rows' is the commit's own refusal: the file changed after it was checked.
    const missing = [...refusalReasons, 'invalid-rows'].filter((r) => !texts[r] && !forms.every((f) => texts[`${r}_${f}`]));
    expect(missing).toEqual([]);
  });
});
