import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { createFormat } from '../../app/i18n/format';
import { createI18n } from '../../app/i18n/i18n';
import { BriefingView } from '../../print/BriefingView';
import { briefingDate } from '../../print/subject';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Loading } from '../shared/Loading';
import type { EditorStore } from './editor-store';
import { reasonOf } from './issues';
import { PagedSheets } from './PagedSheets';
import '../../print/print.css';

/**
 * The saved briefing drawn by the same component, styles and fonts as the print route, in its own
 * language and direction, laid out on page-sized sheets. An iframe of the print route cannot be
 * used: the CSP has no frame-src, so a frame falls back to default-src 'none' and is refused.
 */
export function BriefingPreview({ store }: { store: EditorStore }) {
  const { t } = useTranslation('briefings');
  const { doc, docError, record } = useStore(store);
  const i18n = useMemo(() => (doc ? createI18n(doc.language) : null), [doc]);
  if (!record) return null;
  if (docError) {
    return (
      <section className="briefing-preview-panel">
        <h2>{t('editor.preview')}</h2>
        {reasonOf(docError) === 'subjectDeleted' && <p className="field-error">{t('editor.subjectDeleted')}</p>}
        <ErrorNotice error={docError} />
      </section>
    );
  }
  if (!doc || !i18n) return <Loading />;
  const date = createFormat(doc.language, i18n.getFixedT(doc.language)).partialDate(briefingDate(doc));
  return (
    <section className="briefing-preview-panel" aria-label={t('editor.preview')}>
      <h2>{t('editor.preview')}</h2>
      <p className="hint">{t('editor.previewHint')}</p>
      <I18nextProvider i18n={i18n}>
        <PagedSheets doc={doc} date={date}>
          <BriefingView doc={doc} date={date} toc={null} />
        </PagedSheets>
      </I18nextProvider>
    </section>
  );
}
