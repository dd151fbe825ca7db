import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { I18nextProvider } from 'react-i18next';
import { IDLE_PRINT_HASH, printStatus, type PrintRoute } from '../../db/contract/print-route';
import type { AppErrorShape } from '../../db/contract/result';
import type { BriefingDocument } from '../../db/schema/briefing-document';
import type { Client } from '../api/client';
import { applyDocumentLanguage } from '../app/i18n/document-language';
import { createFormat } from '../app/i18n/format';
import { createI18n } from '../app/i18n/i18n';
import { toErrorShape } from '../features/shared/query-store';
import { BriefingView } from './BriefingView';
import { applyPageMarks } from './page-marks';
import { preloadFonts } from './preload-fonts';
import { PrintErrorBoundary } from './PrintErrorBoundary';
import { parsePrintHash } from './print-hash';
import { clearReady, markFailed, markReady } from './ready';
import { briefingDate, subjectName } from './subject';
import './print.css';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const currentHash = () => window.location.hash;

type Loaded = { key: string; doc: BriefingDocument } | { key: string; error: AppErrorShape };

/**
 * The print route (#/print/ID?lang=xx&toc=…): loads the briefing's document, lays it out in the
 * briefing's language, sets the page's title, metadata and running header and footer, and raises
 * the ready flag for the printer once every chart is drawn. A briefing that cannot be printed sets
 * the error flag with the store's message, so the printer stops at once. At #/print/ alone the
 * page waits, loaded, for the printer's next briefing.
 */
export function PrintRoot({ client }: { client: Client }) {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const route: PrintRoute | null = useMemo(() => parsePrintHash(hash), [hash]);
  const id = route?.id ?? null;
  const language = route?.language ?? null;
  const key = `${id ?? ''}:${language ?? ''}:${route?.job ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const idle = hash === IDLE_PRINT_HASH;

  useEffect(() => void preloadFonts(), []);

  // A new address (another contents list) is a new layout: the printer waits for the flag of its own.
  useEffect(() => clearReady(), [hash]);

  // The briefing, the language and each new export reload the data; a new contents list does not.
  useEffect(() => {
    if (idle) return;
    if (id === null) {
      const error = { code: 'NOT_FOUND', message: 'This is not the address of a briefing to print.' } as const;
      setLoaded({ key, error });
      markFailed(error);
      return;
    }
    let current = true;
    client
      .api('briefings.document', { id, ...(language ? { language } : {}) })
      .then((doc) => current && setLoaded({ key, doc }))
      .catch((err: unknown) => {
        if (!current) return;
        const error = toErrorShape(err);
        setLoaded({ key, error });
        markFailed(error);
      });
    return () => {
      current = false;
    };
  }, [client, key, id, language, idle]);

  const doc = loaded && loaded.key === key && 'doc' in loaded ? loaded.doc : null;
  const i18n = useMemo(() => (doc ? createI18n(doc.language) : null), [doc]);
  const format = useMemo(() => (doc && i18n ? createFormat(doc.language, i18n.getFixedT(doc.language)) : null), [doc, i18n]);
  const date = doc && format ? format.partialDate(briefingDate(doc)) : '';

  useLayoutEffect(() => {
    if (!doc || !i18n) return;
    const t = i18n.getFixedT(doc.language, 'briefings');
    applyDocumentLanguage(doc.language);
    document.title = doc.briefing.name;
    const data = document.body.dataset;
    data[printStatus.author] = doc.briefing.author ?? '';
    data[printStatus.subject] = `${t(`template.${doc.briefing.template}`)}: ${subjectName(doc, t)}`;
    data[printStatus.keywords] = doc.briefing.marking;
    applyPageMarks({ title: doc.briefing.name, marking: doc.briefing.marking, date, language: doc.language });
  }, [doc, i18n, date]);

  useEffect(() => {
    if (!doc) return;
    markReady(hash).catch((err: unknown) => markFailed({ code: 'INTERNAL', message: (err as Error).message }));
  }, [doc, hash]);

  if (idle) return null;
  if (loaded && 'error' in loaded) return <p className="print-error">{loaded.error.message}</p>;
  if (!doc || !i18n) return null;
  return (
    <PrintErrorBoundary>
      <I18nextProvider i18n={i18n}>
        <BriefingView doc={doc} date={date} toc={route?.toc ?? null} />
      </I18nextProvider>
    </PrintErrorBoundary>
  );
}
