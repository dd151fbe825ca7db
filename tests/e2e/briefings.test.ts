import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingTemplate, Locale } from '../../db/schema/enums';
import type { BriefingSummary } from '../../db/schema/summaries';
import { SHELL_ORIGIN } from '../../electron/chromium-shell/start';
import { logicalText } from '../support/pdf-actual-text';
import { readPdf, type PdfRead } from '../support/pdf-read';
import { catalogue, compact, invoke, keepPngs, pdfPath, say, value, watchForTrouble } from './support/briefing-checks';
import { injectionFixture, INJECTIONS, MARKING as HOSTILE_MARKING } from './support/injection-fixture';
import { openSession, type Session } from './support/shell';

const LANGUAGES: Locale[] = ['en', 'az', 'ru', 'ar'];
const MARKING = 'DRAFT — RESTRICTED';

/** The section headings each template prints, by catalogue key, in order. */
const HEADINGS: Record<BriefingTemplate, string[]> = {
  cluster: ['cluster.identity', 'cluster.figures', 'cluster.projects', 'cluster.agreements', 'cluster.indicators', 'document.sources'],
  portfolio: ['portfolio.scope', 'portfolio.charts', 'portfolio.largest', 'portfolio.annex', 'document.sources'],
  scenarios: ['scenario.compared', 'scenario.results', 'scenario.assumptions', 'scenario.targets', 'scenario.leftOut', 'scenario.method', 'document.sources'],
  partner: ['partner.profile', 'partner.projects', 'partner.agreements', 'document.sources'],
};

/** A figure of the sample in each template, and what its numbered footnote must say. */
const SAMPLE_FIGURES: Record<BriefingTemplate, { values: string[]; footnote: string[] }> = {
  // Figure 3: the initiative's emissions reduction potential, 2024-2026, from the three reports.
  cluster: { values: ['626', '832', '877'], footnote: ['20 Industrial Clusters From 10 Countries Commit to Net Zero', '33 Industrial Clusters Join Forces to Accelerate the Clean Energy Transition'] },
  portfolio: { values: ['5'], footnote: ['COP29: agreements signed on green economy projects in Azerbaijan'] },
  scenarios: { values: ['2040'], footnote: ['COP29: agreements signed on green economy projects in Azerbaijan'] },
  partner: { values: ['3'], footnote: ['COP29: agreements signed on green economy projects in Azerbaijan'] },
};

let session: Session;
let trouble: string[];

beforeAll(async () => {
  session = await openSession({ sample: true });
  trouble = watchForTrouble(session.shell.context, SHELL_ORIGIN);
  await session.page.getByRole('navigation').waitFor();
});

afterAll(async () => {
  await session?.cleanup();
});

/** A page's text in logical order (ActualText read as the standard says), for Arabic. */
const arabicLines = (file: string) => logicalText(file, { rtl: true }).map((lines) => lines.join(' \u2502 '));

function checkPdf(pdf: PdfRead, file: string, template: BriefingTemplate, language: Locale, name: string, pages: number) {
  const cat = catalogue(language);
  const rtl = language === 'ar';
  expect(pdf.pages.length, 'pages in the file').toBe(pages);
  expect(pages, 'a cover and at least one page of content').toBeGreaterThanOrEqual(2);

  pdf.pages.forEach((page, i) => {
    expect(page.text, `page ${i + 1} carries the marking`).toContain(MARKING);
    // Right to left, "x / y" is laid out mirrored: pdf.js reads it in visual order, "y / x".
    expect(page.compact, `page ${i + 1} is numbered`).toContain(rtl ? `${pages}/${i + 1}` : `${i + 1}/${pages}`);
  });

  const titles = HEADINGS[template].map((k) => say(cat, k));
  const logical = rtl ? arabicLines(file) : null;
  const allText = rtl ? logical!.join(' ') : pdf.pages.map((p) => p.text).join(' ');
  for (const title of [say(cat, `template.${template}`), ...titles]) {
    // Arabic is compared in logical order, read from the PDF's ActualText; pdf.js gives visual order.
    if (rtl) expect(allText, `Arabic "${title}" in logical order`).toContain(title);
    else expect(compact(allText.toLocaleLowerCase(language)), `heading "${title}"`).toContain(compact(title.toLocaleLowerCase(language)));
  }

  const sample = SAMPLE_FIGURES[template];
  const joined = pdf.pages.map((p) => p.compact).join('');
  for (const v of sample.values) expect(joined, `the sample's figure ${v}`).toContain(v);
  for (const source of sample.footnote) expect(joined, `footnote source "${source}"`).toContain(compact(source));
  // Numbered figures: "Figure 1." in the language (Arabic words and digits are separate runs).
  const figureLabel = say(cat, 'document.figure').replace('{{n}}', '1');
  if (rtl) expect(allText).toContain(figureLabel.replace(/[\d.]/g, '').trim());
  else expect(joined).toContain(compact(figureLabel));
  if (template === 'scenarios') {
    const note = say(cat, 'notes.illustrative');
    if (rtl) expect(allText).toContain(note.split(' ').slice(0, 3).join(' '));
    else expect(compact(allText)).toContain(compact(note));
  }

  // Only the fonts that ship with the app, embedded; Arabic needs Noto Sans Arabic.
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const font of pdf.fonts) expect(font, 'embedded font').toMatch(/^[A-Z]{6}\+NotoSans(Arabic)?-(Regular|Bold)$/);
  if (rtl) expect(pdf.fonts.some((f) => f.includes('NotoSansArabic'))).toBe(true);

  expect(pdf.info.Title).toBe(name);
  expect(pdf.info.Keywords).toBe(MARKING);
  expect(pdf.info.Language).toBe(language);
  expect(String(pdf.info.Subject)).toContain(say(cat, `template.${template}`));
  expect(pdf.outline.length).toBeGreaterThanOrEqual(titles.length);

  // Over three pages: a table of contents on page 2 whose numbers are the pages the headings are on.
  if (pages > 3 && !rtl) {
    expect(pdf.pages[1].text).toContain(say(cat, 'document.contents'));
    titles.forEach((title, i) => {
      // "N. Title P", where P is not the number of the next entry ("5." ).
      const entry = new RegExp(`${i + 1}\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)(?!\\.)`).exec(pdf.pages[1].text);
      expect(entry, `contents entry "${title}"`).not.toBeNull();
      const page = Number(entry![1]);
      expect(pdf.pages[page - 1].text, `"${title}" is on page ${page}`).toContain(`${i + 1}. ${title}`);
    });
  }
}

describe('briefing PDFs printed by the Chromium shell', () => {
  it('exports each template in each language, and each PDF reads back as printed', async () => {
    const briefings = await value(session.page, 'briefings.list', {});
    expect(briefings.map((b) => b.name).sort()).toEqual(['cluster', 'partner', 'portfolio', 'scenarios']);
    expect(briefings.every((b) => b.marking === MARKING)).toBe(true);
    const jobs = briefings.flatMap((b) => LANGUAGES.map((language) => ({ b, language })));
    // Two at a time: two print pages share the two cores; more only queue.
    const results: { b: BriefingSummary; language: Locale; file: string; pages: number }[] = [];
    for (let i = 0; i < jobs.length; i += 2) {
      const done = await Promise.all(
        jobs.slice(i, i + 2).map(async ({ b, language }) => {
          const file = pdfPath(`${b.template}-${language}`);
          const r = await value(session.page, 'briefings.export', { id: b.id, file, language });
          return { b, language, file, pages: r.pages };
        }),
      );
      results.push(...done);
    }
    for (const r of results) {
      const pdf = await readPdf(r.file);
      checkPdf(pdf, r.file, r.b.template, r.language, r.b.name, r.pages);
      expect(keepPngs(r.file, `${r.b.template}-${r.language}`)).toHaveLength(r.pages);
    }
    const history = await value(session.page, 'briefings.exports', { id: briefings[0].id });
    expect(history.map((h) => h.language).sort()).toEqual([...LANGUAGES].sort());
    expect(trouble).toEqual([]);
  });

  it('exports from the briefing editor with clicks, and lists the export in its history', async () => {
    const { page } = session;
    const file = join(session.dir, 'partner from the editor.pdf');
    await page.getByRole('navigation').getByRole('link', { name: 'Briefings' }).click();
    await page.getByRole('table', { name: 'Briefings' }).getByRole('link', { name: 'partner' }).click();
    // The editor's own heading; the preview has the briefing's title as a heading of its own.
    await page.getByRole('heading', { level: 1, name: 'partner' }).first().waitFor();
    // The preview draws the saved briefing with the print route's own component, in Arabic.
    await page.locator('.briefing-sheets .briefing[dir="rtl"]').waitFor();
    await page.getByLabel('Language of the PDF').selectOption('az');
    await page.getByLabel('PDF file').fill(file);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('status').getByText(/Exported \d+ pages? to/).waitFor({ timeout: 60_000 });
    expect(existsSync(file)).toBe(true);
    const pdf = await readPdf(file);
    expect(pdf.info.Language).toBe('az');
    checkPdf(pdf, file, 'partner', 'az', 'partner', pdf.pages.length);
    await page.getByRole('table', { name: 'Exports' }).getByText(file).waitFor();
    await page.screenshot({ path: join(pdfPath('editor').replace(/\.pdf$/, '.png')), fullPage: true });
    expect(trouble).toEqual([]);
  });

/**
 * A string as it is drawn: direction controls are not drawn, and what an override (RLO … PDF)
 * encloses is drawn reversed, as its author typed it to be; the rest of the line is not affected.
 */
const drawn = (s: string) =>
  compact(s.replace(/\u202e([^\u202c]*)\u202c/g, (_, inner: string) => [...inner].reverse().join('')).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''));

  it('prints 100 script-injection strings in every text field as plain text, and runs none of them', async () => {
    const { page } = session;
    const { briefingId, name, printed, listed } = await injectionFixture(page);
    // Every one of the 100 strings sits in a field the cluster brief prints.
    expect(new Set(printed.filter((s) => INJECTIONS.includes(s))).size).toBe(100);

    // The print route, as the printer sees it: every string is text, and no element came from one.
    const print = await session.shell.context.newPage();
    await print.goto(`${SHELL_ORIGIN}/index.html#/print/${briefingId}?lang=en`);
    await print.waitForFunction(() => document.body.dataset.printReady === 'true');
    const laidOut = await print.evaluate(() => ({
      text: document.querySelector('.briefing')!.textContent ?? '',
      foreign: [...document.querySelectorAll('.briefing *')]
        .filter((e) => ['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'META', 'MATH', 'B'].includes(e.tagName.toUpperCase()))
        .map((e) => e.outerHTML),
      links: [...document.querySelectorAll('.briefing a')].map((a) => a.getAttribute('href')).filter((h) => !h?.startsWith('#')),
      title: document.title,
    }));
    await print.close();
    expect(laidOut.foreign).toEqual([]);
    expect(laidOut.links).toEqual([]);
    expect(printed.filter((s) => !laidOut.text.includes(s))).toEqual([]);
    expect(laidOut.title).toBe(name);

    for (const language of ['en', 'ar'] as const) {
      const file = pdfPath(`injection-${language}`);
      const r = await invoke(page, 'briefings.export', { id: briefingId, file, language });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      const pdf = await readPdf(file);
      keepPngs(file, `injection-${language}`);
      // Lines of a table cell interleave with their neighbours in a PDF's text; the list of sources
      // prints each string whole, and the marking sits alone in the page margins.
      const text = pdf.pages.map((p) => p.compact).join('');
      // Right to left, a Latin string that wraps is drawn line by line from the right: its words, then, each whole.
      const found = (s: string) =>
        language === 'ar' ? s.split(/\s+/).filter(Boolean).every((word) => text.includes(drawn(word))) : text.includes(drawn(s));
      expect(listed.filter((s) => !found(s))).toEqual([]);
      for (const p of pdf.pages) expect(p.compact).toContain(compact(HOSTILE_MARKING));
      expect(pdf.info.Keywords).toBe(HOSTILE_MARKING);
    }
    expect(trouble).toEqual([]);
  });

  it('breaks a table of 500 projects across pages, its header row repeated on each', async () => {
    const { page } = session;
    const cluster = await value(page, 'clusters.create', { name: 'Five hundred projects', country: 'AZ', kind: 'other' });
    await value(page, 'projects.apply', {
      creates: Array.from({ length: 500 }, (_, i) => ({
        name: `Project ${String(i + 1).padStart(3, '0')} of the long table`,
        clusterId: cluster.id,
        country: 'AZ',
        category: 'efficiency' as const,
        stage: 'feasibility' as const,
        capex: 1000 + i,
        capexCurrency: 'USD',
      })),
    });
    const b = await value(page, 'briefings.create', {
      name: 'Five hundred',
      template: 'portfolio',
      subjects: { clusterIds: [cluster.id] },
      language: 'en',
      marking: MARKING,
    });
    const file = pdfPath('portfolio-500');
    const r = await value(page, 'briefings.export', { id: b.id, file });
    const pdf = await readPdf(file);
    keepPngs(file, 'portfolio-500');
    const cat = catalogue('en');
    const header = compact(['project.name', 'project.category', 'project.stage', 'project.country', 'project.capex', 'project.abatement'].map((k) => say(cat, k)).join(''));
    const annexTitle = compact(`4. ${say(cat, 'portfolio.annex')}`);
    const first = pdf.pages.findIndex((p) => p.compact.includes(annexTitle) && p.compact.includes('Project001'));
    // The largest projects come first (a table of their own); the annex ends with project 500.
    const last = pdf.pages.findLastIndex((p) => p.compact.includes(compact('Project 500 of the long table')));
    expect(first).toBeGreaterThan(0);
    expect(last - first, 'the table runs over many pages').toBeGreaterThanOrEqual(8);
    for (let i = first; i <= last; i++) {
      expect(pdf.pages[i].compact, `page ${i + 1} repeats the header row`).toContain(header);
    }
    expect(r.pages).toBe(pdf.pages.length);
    expect(trouble).toEqual([]);
  });
});
