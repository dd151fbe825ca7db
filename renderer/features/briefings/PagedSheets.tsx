import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { BriefingDocument } from '../../../db/schema/briefing-document';

/** The print layout's page (print.css @page): A4 with 22 mm, 18 mm and 20 mm margins; sheets 8 mm apart on screen. */
const MM = 96 / 25.4;
const PAGE = { height: 297, top: 22, bottom: 20, gap: 8 };
const CONTENT = PAGE.height - PAGE.top - PAGE.bottom;
const STRIDE = PAGE.height + PAGE.gap;

/**
 * Lays the briefing out on A4 sheets on screen. The content flows through CSS columns of the
 * printed page's content size that wrap to new rows (column-height, column-wrap), one row per
 * sheet, and the page breaks of print become column breaks; behind it, a sheet per row carries
 * the same running header and footer as the PDF. What differs from the PDF: a table's header row
 * is repeated on each printed page, not on each sheet here.
 */
export function PagedSheets({ doc, date, children }: { doc: BriefingDocument; date: string; children: ReactNode }) {
  const flow = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  useLayoutEffect(() => {
    const el = flow.current;
    if (!el) return;
    const measure = () => setPages(Math.max(1, Math.round((el.scrollHeight / MM + (STRIDE - CONTENT)) / STRIDE)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [doc]);
  const { briefing } = doc;
  return (
    <div className="briefing-sheets" lang={doc.language} dir={doc.language === 'ar' ? 'rtl' : 'ltr'}>
      <div className="briefing-sheet-backs" aria-hidden="true">
        {Array.from({ length: pages }, (_, i) => (
          <div className="briefing-sheet" key={i}>
            <div className="briefing-sheet-head">
              <bdi>{briefing.name}</bdi>
              <bdi className="briefing-sheet-marking">{briefing.marking}</bdi>
            </div>
            <div className="briefing-sheet-foot">
              <span>{date}</span>
              <bdi className="briefing-sheet-marking">{briefing.marking}</bdi>
              <span>
                {i + 1} / {pages}
              </span>
            </div>
          </div>
        ))}
      </div>
      <div className="briefing-sheet-flow" ref={flow}>
        {children}
      </div>
    </div>
  );
}
