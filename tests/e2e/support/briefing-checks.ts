import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../db/contract';

export const briefingsOutput = join(resolve(import.meta.dirname, '../../..'), 'test-output', 'briefings');

type Locale = 'en' | 'az' | 'ru' | 'ar';
type Catalogue = Record<string, unknown>;

/** The briefing catalogue of a language, for the headings and notes a PDF must contain. */
export function catalogue(locale: Locale): Catalogue {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../renderer/locales/${locale}/briefings.json`), 'utf8')) as Catalogue;
}

/** A string of a catalogue by its dotted key. */
export function say(cat: Catalogue, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], cat);
  if (typeof value !== 'string') throw new Error(`no string ${key} in the catalogue`);
  return value;
}

/** Calls a method through the app page's bridge, as the renderer does, and returns the envelope. */
export function invoke<M extends MethodName>(page: Page, method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  return page.evaluate(
    ([m, i]) => (window as unknown as { clusterdesk: { invoke(m: string, i: unknown): Promise<unknown> } }).clusterdesk.invoke(m, i),
    [method, input] as const,
  ) as Promise<Result<MethodOutput<M>>>;
}

export async function value<M extends MethodName>(page: Page, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await invoke(page, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * Everything that would show a page ran something or broke: console errors (CSP refusals among
 * them), uncaught errors, dialogs (alert), and requests leaving the app's origin. Watches every page
 * of the context, the print pages included.
 */
export function watchForTrouble(context: BrowserContext, origin: string): string[] {
  const trouble: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') trouble.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => trouble.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      trouble.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  context.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) trouble.push(`request: ${r.url()}`);
  });
  return trouble;
}

/** Renders each page to a PNG in test-output/briefings (50 dpi): what a minister would see. */
export function keepPngs(pdf: string, name: string): string[] {
  mkdirSync(briefingsOutput, { recursive: true });
  for (const old of readdirSync(briefingsOutput).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(briefingsOutput, old));
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(briefingsOutput, name)]);
  return readdirSync(briefingsOutput).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

export const compact = (s: string) => s.replace(/\s+/g, '');

/** The file name a test writes a PDF to, kept in the output folder for the CI log. */
export const pdfPath = (name: string) => {
  mkdirSync(briefingsOutput, { recursive: true });
  return join(briefingsOutput, `${basename(name)}.pdf`);
};
