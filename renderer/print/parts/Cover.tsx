import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/use-format';
import { useBriefing } from '../context';
import { Plain } from './Plain';

/** The first page: marking, template, the briefing's name, what it is about, author and date. */
export function Cover({ subject, date }: { subject: ReactNode; date: string }) {
  const { t } = useTranslation('briefings');
  const format = useFormat();
  const { doc } = useBriefing();
  const { briefing } = doc;
  return (
    <header className="doc-cover">
      <p className="doc-cover-marking">
        <Plain text={briefing.marking} />
      </p>
      <p className="doc-cover-kind">{t(`template.${briefing.template}`)}</p>
      <h1 className="doc-title">
        <Plain text={briefing.name} />
      </h1>
      <p className="doc-cover-subject">{subject}</p>
      <dl className="doc-cover-facts">
        {briefing.author && (
          <div>
            <dt>{t('cover.author')}</dt>
            <dd>
              <Plain text={briefing.author} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('cover.date')}</dt>
          <dd>{date}</dd>
        </div>
        <div>
          <dt>{t('cover.sources')}</dt>
          <dd>{doc.sources.length === 0 ? t('document.noSources') : t('cover.sourceCount', { count: doc.sources.length })}</dd>
        </div>
        <div>
          <dt>{t('cover.dataState')}</dt>
          <dd>{t('cover.workspaceVersion', { version: format.number(doc.workspaceVersion, 0) })}</dd>
        </div>
      </dl>
      <p className="doc-cover-note">{t('cover.note')}</p>
    </header>
  );
}
