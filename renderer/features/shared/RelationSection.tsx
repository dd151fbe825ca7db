import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One group of related records on a detail page, under its own h2, or a note that there are none. */
export function RelationSection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="relation" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {count === 0 ? <p className="muted">{t('detail.noneRecorded')}</p> : children}
    </section>
  );
}
