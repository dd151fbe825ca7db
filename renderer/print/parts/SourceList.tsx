import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/use-format';
import { useBriefing } from '../context';
import { Plain } from './Plain';

/** Every source the briefing cites, numbered as the footnotes cite them. */
export function SourceList({ n }: { n: number }) {
  const { t } = useTranslation('briefings');
  const format = useFormat();
  const { doc } = useBriefing();
  return (
    <section className="doc-section doc-sources" aria-labelledby={`section-${n}`}>
      <h2 id={`section-${n}`} data-toc-entry="">
        {n}. {t('document.sources')}
      </h2>
      {doc.sources.length === 0 ? (
        <p>{t('document.noSources')}</p>
      ) : (
        <ol className="doc-source-list">
          {doc.sources.map((s, i) => (
            <li key={s.id} value={i + 1}>
              <span className="doc-source-number">[{i + 1}]</span> <Plain text={s.title} />
              {s.publisher && (
                <>
                  . <Plain text={s.publisher} />
                </>
              )}
              {s.publishedOn && <>, {format.partialDate(s.publishedOn)}</>}
              {s.language && <>. {t('document.sourceLanguage', { language: format.language(s.language) })}</>}
              {(s.url ?? s.file) && (
                <>
                  . <span className="doc-address" dir="ltr">{s.url ?? s.file}</span>
                </>
              )}
              .
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
