import type { ReactNode } from 'react';
import { TOC_ENTRY_ATTRIBUTE } from '../../../db/contract/print-route';

/**
 * A numbered section. Its heading is an entry of the table of contents: the printer finds it in
 * the PDF's outline by its text, so the number and title are the heading's whole text.
 */
export function Section({ n, title, children, newPage }: { n: number; title: string; children: ReactNode; newPage?: boolean }) {
  return (
    <section className={newPage ? 'doc-section doc-new-page' : 'doc-section'} aria-labelledby={`section-${n}`}>
      <h2 id={`section-${n}`} {...{ [TOC_ENTRY_ATTRIBUTE]: '' }}>
        {n}. {title}
      </h2>
      {children}
    </section>
  );
}
