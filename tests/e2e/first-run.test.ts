import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sections as SECTIONS } from '../../renderer/app/routing/routes';
import { openSession, screenshot, type Session } from './support/shell';

const LOCALES = ['en', 'az', 'ru', 'ar'] as const;
type Locale = (typeof LOCALES)[number];

/** The texts the analyst should see, read from the catalogues the app ships, so a translation change does not break the test. */
function catalogue(locale: Locale) {
  const read = (ns: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../renderer/locales', locale, `${ns}.json`), 'utf8'));
  const base = read('translation') as {
    language: { name: string };
    nav: { label: string };
    sections: Record<(typeof SECTIONS)[number], string>;
    initiative: { totalsCaption: string };
  };
  const app = read('app') as {
    header: { settings: string };
    start: { title: string; createSample: string };
    settings: { numberFormat: { dotDecimal: string }; dateFormat: { iso: string }; defaultMarking: { label: string }; save: string; saved: string };
    help: { button: string; about: string };
    shortcuts: { title: string };
    about: { title: string };
  };
  return { ...base, app };
}

/** expect.poll gives up after one second; creating a workspace or restarting the shell on two busy cores can take longer. */
const PATIENTLY = { timeout: 15_000 };

const documentLanguage = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
/** What the open workspace holds, as the store reports it to the page. */
async function workspaceCounts(page: Page) {
  const info = await page.evaluate(() => window.clusterdesk!.invoke('workspace.info', {}));
  return (info as { value: { counts: Record<string, number> } }).value.counts;
}
const settingsFile = (session: Session) => join(session.dir, 'settings.json');
const savedSettings = (session: Session) => JSON.parse(readFileSync(settingsFile(session), 'utf8')) as Record<string, unknown>;

/** On the start screen: picks the language by its own name; the workspace file is suggested in the user-data folder. */
async function firstRun(session: Session, locale: Locale) {
  const { page } = session;
  const text = catalogue(locale);
  await page.getByRole('heading', { level: 1, name: catalogue('en').app.start.title }).waitFor();
  await page.getByRole('radio', { name: text.language.name }).check();
  await page.getByRole('heading', { level: 1, name: text.app.start.title }).waitFor();
  // The suggestion is the file the shell opens by default, so a restart finds this workspace again.
  await expect.poll(() => page.getByRole('textbox').inputValue(), PATIENTLY).toBe(session.workspace);
  return text;
}

let session: Session | undefined;
afterEach(async () => {
  await session?.cleanup();
  session = undefined;
});

describe('first run in the Chromium shell', () => {
  it.each(LOCALES)('in %s: the language chosen first, a workspace from the sample, every section named in that language', async (locale) => {
    session = await openSession({ sample: false });
    const { page } = session;
    const text = await firstRun(session, locale);
    expect(await documentLanguage(page)).toEqual([locale, locale === 'ar' ? 'rtl' : 'ltr']);
    await screenshot(page, `first-run-${locale}-start`);

    await page.getByRole('button', { name: text.app.start.createSample }).click();
    const nav = page.getByRole('navigation', { name: text.nav.label });
    await nav.waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(SECTIONS.map((s) => text.sections[s]));
    await page.getByRole('heading', { level: 1, name: text.sections.clusters }).waitFor();
    expect(await documentLanguage(page)).toEqual([locale, locale === 'ar' ? 'rtl' : 'ltr']);
    expect((await workspaceCounts(page)).clusters).toBeGreaterThan(1);
    // English is already chosen on a first run, so choosing it again writes nothing: the default stands.
    if (locale === 'en') expect(existsSync(settingsFile(session)) ? savedSettings(session).language : 'en').toBe('en');
    else expect(savedSettings(session).language).toBe(locale);
    await screenshot(page, `first-run-${locale}-clusters`);

    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: text.app.shortcuts.title });
    await sheet.waitFor();
    await screenshot(page, `shortcut-sheet-${locale}`);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  // Dates in ISO form on the pages themselves are checked by tests/component/settings-formats.test.tsx.
  it('keeps the language, the number and date formats and the default marking across a restart', async () => {
    session = await openSession({ sample: false });
    const text = await firstRun(session, 'ru');
    await session.page.getByRole('button', { name: text.app.start.createSample }).click();
    const totals = () => session!.page.getByRole('table', { name: text.initiative.totalsCaption }).textContent();
    // Russian groups digits with a no-break space: the initiative's 4.6 million jobs.
    await expect.poll(totals, PATIENTLY).toContain('4\u00a0600\u00a0000');

    await session.page.getByRole('link', { name: text.app.header.settings }).click();
    const settings = session.page.getByRole('main');
    await settings.getByRole('radio', { name: text.app.settings.numberFormat.dotDecimal }).check();
    await settings.getByRole('radio', { name: text.app.settings.dateFormat.iso }).check();
    await settings.getByRole('textbox', { name: text.app.settings.defaultMarking.label }).fill('ДСП');
    await settings.getByRole('button', { name: text.app.settings.save }).click();
    await settings.getByRole('status').filter({ hasText: text.app.settings.saved }).waitFor(PATIENTLY);
    await screenshot(session.page, 'settings-saved-ru');

    session = await session.restart();
    const { page } = session;
    const nav = page.getByRole('navigation', { name: text.nav.label });
    await nav.waitFor();
    expect(await documentLanguage(page)).toEqual(['ru', 'ltr']);
    await expect.poll(() => page.getByRole('table', { name: text.initiative.totalsCaption }).textContent(), PATIENTLY).toContain('4,600,000');

    await page.getByRole('link', { name: text.app.header.settings }).click();
    await expect.poll(() => page.getByRole('textbox', { name: text.app.settings.defaultMarking.label }).inputValue(), PATIENTLY).toBe('ДСП');
    expect(await page.getByRole('radio', { name: text.app.settings.numberFormat.dotDecimal }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: text.app.settings.dateFormat.iso }).isChecked()).toBe(true);
    expect(savedSettings(session)).toMatchObject({ language: 'ru', numberFormat: 'dot-decimal', dateFormat: 'iso', defaultMarking: 'ДСП' });
    await screenshot(page, 'settings-after-restart-ru');
  });

  it('opens the shortcut sheet with F1, closes it with Escape, and shows the version and workspace file in About', async () => {
    session = await openSession({ sample: true });
    const { page } = session;
    const text = catalogue('en');
    await page.getByRole('navigation', { name: text.nav.label }).waitFor();
    const help = page.getByRole('button', { name: text.app.help.button });
    await help.focus();

    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: text.app.shortcuts.title });
    await sheet.waitFor();
    expect(await sheet.getAttribute('aria-modal')).toBe('true');
    expect(await sheet.textContent()).toContain('F1');
    await screenshot(page, 'shortcut-sheet');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    // Focus goes back where it was before the sheet opened.
    expect(await help.evaluate((el) => el === document.activeElement)).toBe(true);

    await help.click();
    await page.getByRole('button', { name: text.app.help.about }).click();
    const about = page.getByRole('dialog', { name: text.app.about.title });
    await about.waitFor();
    const reported = await page.evaluate(() => window.clusterdesk!.invoke('app.info', {}));
    expect(reported).toMatchObject({ ok: true, value: { version: expect.any(String) } });
    await expect.poll(() => about.getByTestId('about-version').textContent(), PATIENTLY).toBe((reported as { value: { version: string } }).value.version);
    expect(await about.getByTestId('about-workspace-file').textContent()).toBe(session.workspace);
    await screenshot(page, 'about-box');
    await page.keyboard.press('Escape');
    await about.waitFor({ state: 'detached' });
  });
});
