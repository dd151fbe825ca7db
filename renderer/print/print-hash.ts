import { isLocale } from '../app/i18n/i18n';
import type { PrintRoute } from '../../db/contract/print-route';

/** Reads "#/print/12?lang=ar&toc=3.4.7" (db/contract/print-route.ts writes it); null for any other address. */
export function parsePrintHash(hash: string): PrintRoute | null {
  const m = /^#\/print\/(\d{1,15})(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const id = Number(m[1]);
  if (!(id > 0)) return null;
  const params = new URLSearchParams(m[2] ?? '');
  const lang = params.get('lang');
  const toc = params.get('toc');
  const job = params.get('job');
  return {
    id,
    language: isLocale(lang) ? lang : null,
    toc: toc === null ? null : toc.split('.').map((n) => (/^\d{1,6}$/.test(n) ? Number(n) : null)),
    job: job !== null && /^\d{1,15}$/.test(job) ? Number(job) : null,
  };
}
