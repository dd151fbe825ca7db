import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOC_ENTRY_ATTRIBUTE } from '../../../db/contract/print-route';

/**
 * The table of contents: the section headings of the document, read from the page once it is laid
 * out, with the page numbers the printer found for them in a first print (null: not known yet, as in
 * the on-screen preview).
 */
export function Contents({ pages, root }: { pages: readonly (number | null)[]; root: () => HTMLElement | null }) {
  const { t } = useTranslation('briefings');
  const [entries, setEntries] = useState<{ id: string; text: string }[]>([]);
  // After every render: the sections may have changed with the document. Set only on a change, so it settles.
  useLayoutEffect(() => {
    const headings = [...(root()?.querySelectorAll(`[${TOC_ENTRY_ATTRIBUTE}]`) ?? [])];
    const next = headings.map((h) => ({ id: h.id, text: h.textContent ?? '' }));
    setEntries((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
  });
  return (
    <nav className="doc-contents" aria-labelledby="contents-title">
      <h2 id="contents-title">{t('document.contents')}</h2>
      <ol>
        {entries.map((e, i) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>
              <span className="doc-contents-title">{e.text}</span>
              <span className="doc-contents-page">{pages[i] ?? ''}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
