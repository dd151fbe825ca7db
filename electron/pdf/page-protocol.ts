import { printStatus, TOC_ENTRY_ATTRIBUTE } from '../../db/contract/print-route';
import { AppError, errorCodes, type ErrorCode } from '../../db/contract/result';
import type { PageFacts } from './printer';

/** What the page says about the address it was asked for; false while it is still laying it out. */
export type PageState = false | { state: 'ready' } | { state: 'failed'; message: string; code: string };

export interface StateArgs {
  hash: string;
  keys: typeof printStatus;
}

/** Runs in the page (serialised, so it refers to nothing outside itself): has it finished laying out `hash`? */
export function pageState({ hash, keys }: StateArgs): PageState {
  const data = document.body?.dataset;
  if (!data) return false;
  if (data[keys.error] !== undefined) return { state: 'failed', message: data[keys.error] ?? '', code: data[keys.errorCode] ?? '' };
  if (data[keys.ready] === 'true' && data[keys.readyFor] === hash) return { state: 'ready' };
  return false;
}

/**
 * Runs in the page: moves a loaded print page to another address. The flags of the last address are
 * cleared first, in the same task, so the printer cannot read them as the new address's.
 */
export function goTo({ hash, keys }: StateArgs): void {
  const data = document.body.dataset;
  for (const key of [keys.ready, keys.readyFor, keys.error, keys.errorCode]) delete data[key];
  window.location.hash = hash;
}

export interface FactsArgs {
  keys: typeof printStatus;
  tocAttribute: string;
}

/** Runs in the page: the metadata the print route set, and the headings the contents list. */
export function pageFacts({ keys, tocAttribute }: FactsArgs): PageFacts {
  const data = document.body.dataset;
  return {
    title: document.title,
    author: data[keys.author] ?? '',
    subject: data[keys.subject] ?? '',
    keywords: data[keys.keywords] ?? '',
    language: document.documentElement.lang,
    tocTitles: [...document.querySelectorAll(`[${tocAttribute}]`)].map((h) => h.textContent ?? ''),
  };
}

export const stateArgs = (hash: string): StateArgs => ({ hash, keys: printStatus });
export const factsArgs: FactsArgs = { keys: printStatus, tocAttribute: TOC_ENTRY_ATTRIBUTE };

/** The page's failure as an error of the contract, with its own code when it is one. */
export function pageFailure(state: { message: string; code: string }): AppError {
  const code = (errorCodes as readonly string[]).includes(state.code) ? (state.code as ErrorCode) : 'INTERNAL';
  return new AppError(code, state.message || 'The briefing could not be laid out for printing.', { reason: 'printPage' });
}

export const layoutTimeout = (seconds: number) =>
  new AppError('INTERNAL', `The briefing was not ready to print after ${seconds} seconds; nothing was written. Try again; if it happens again, restart ClusterDesk.`, {
    reason: 'printTimeout',
  });

/** How long a briefing may take to load its data and draw its charts before printing gives up. */
export const PRINT_TIMEOUT_MS = 60_000;
