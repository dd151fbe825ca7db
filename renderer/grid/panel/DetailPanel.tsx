import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the detail panel beside the grid: what the record is, its name, a link to its page. */
export function DetailPanel({ kind, name, href, children }: { kind: string; name: string; href?: string; children: ReactNode }) {
  const { t } = useTranslation('grid');
  const titleId = useId();
  return (
    <aside className="detail-panel" aria-labelledby={titleId}>
      <p className="record-kind">{kind}</p>
      <h2 id={titleId}>
        <bdi>{name}</bdi>
      </h2>
      {href && (
        <p>
          <a href={href}>{t('panel.openPage')}</a>
        </p>
      )}
      {children}
    </aside>
  );
}

/** One group inside the panel (partners, sources, history), under its own heading. */
export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
