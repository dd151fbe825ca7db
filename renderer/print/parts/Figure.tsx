import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteFacts } from '../model/notes';
import { Footnote } from './Footnote';

interface Props {
  kind: 'figure' | 'table';
  number: number;
  note: number;
  facts: NoteFacts;
  title: ReactNode;
  children: ReactNode;
}

/** A numbered figure or table with its caption and its footnote; a chart is kept on one page. */
export function Figure({ kind, number, note, facts, title, children }: Props) {
  const { t } = useTranslation('briefings');
  return (
    <figure className={`doc-figure doc-kind-${kind}`}>
      <figcaption>
        <span className="doc-figure-label">{kind === 'figure' ? t('document.figure', { n: number }) : t('document.table', { n: number })}</span>{' '}
        {title}
        <sup className="doc-note-ref">
          <a href={`#note-${note}`}>{note}</a>
        </sup>
      </figcaption>
      {children}
      <Footnote n={note} facts={facts} />
    </figure>
  );
}
