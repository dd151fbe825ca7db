import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../../db/contract/list-query';
import type { GridColumn } from '../columns/types';
import { MAX_WIDTH, MIN_WIDTH } from '../data/column-prefs';
import type { Sort } from '../data/table-store';
import type { ColumnWindow } from './column-window';
import { GUTTER_WIDTH, HEADER_HEIGHT } from './layout';

interface Props {
  columns: readonly GridColumn[];
  widths: readonly number[];
  win: ColumnWindow;
  gaps: { before: readonly number[]; after: number };
  sort: Sort | null;
  filters: readonly ListFilter[];
  rtl: boolean;
  onSort(field: string): void;
  onMenu(col: number): void;
  onResize(field: string, width: number): void;
}

const ariaSort = (sort: Sort | null, field: string) => (sort?.field !== field ? 'none' : sort.dir === 'asc' ? 'ascending' : 'descending');

/** The header row: each column sorts on click, opens its menu (sort, filter, hide) and resizes by dragging its edge. */
function GridHeaderView({ columns, widths, win, gaps, sort, filters, rtl, onSort, onMenu, onResize }: Props) {
  const { t } = useTranslation('grid');
  const drag = useRef<{ field: string; x: number; width: number } | null>(null);
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row grid-header-row" style={{ blockSize: HEADER_HEIGHT }}>
        <div role="columnheader" aria-colindex={1} className="grid-gutter" style={{ inlineSize: GUTTER_WIDTH }}>
          <span className="visually-hidden">{t('row.number')}</span>
        </div>
        {win.cols.map((i, n) => {
          const c = columns[i];
          const filtered = filters.some((f) => f.field === c.field);
          return [
            gaps.before[n] > 0 && <div key={`gap${i}`} className="grid-gap" style={{ inlineSize: gaps.before[n] }} aria-hidden="true" />,
            <div
              key={c.field}
              role="columnheader"
              aria-colindex={i + 2}
              aria-sort={ariaSort(sort, c.field)}
              className={`grid-header-cell${i === 0 && c.rowHeader ? ' frozen' : ''}${c.kind.numeric ? ' numeric' : ''}${filtered ? ' filtered' : ''}`}
              style={{ inlineSize: widths[i] }}
              data-field={c.field}
            >
              <button type="button" tabIndex={-1} className="grid-sort" onClick={() => onSort(c.field)} title={t('column.sortHint')}>
                <span className="grid-header-text">
                  {c.header}
                  {c.unit && <span className="unit"> ({c.unit})</span>}
                </span>
                {sort?.field === c.field && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
              </button>
              <button
                type="button"
                tabIndex={-1}
                className="grid-menu-button"
                aria-haspopup="dialog"
                aria-label={t(filtered ? 'column.menuFiltered' : 'column.menu', { column: c.header })}
                onClick={() => onMenu(i)}
              >
                {filtered ? '⧩' : '▾'}
              </button>
              <span
                className="grid-resize"
                aria-hidden="true"
                onPointerDown={(e) => {
                  e.preventDefault();
                  (e.target as HTMLElement).setPointerCapture?.(e.pointerId);
                  drag.current = { field: c.field, x: e.clientX, width: widths[i] };
                }}
                onPointerMove={(e) => {
                  const d = drag.current;
                  if (!d) return;
                  // In a right-to-left layout the column's end edge is on its left, so the drag mirrors.
                  const delta = (e.clientX - d.x) * (rtl ? -1 : 1);
                  onResize(d.field, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(d.width + delta))));
                }}
                onPointerUp={() => {
                  drag.current = null;
                }}
              />
            </div>,
          ];
        })}
      </div>
    </div>
  );
}

/** Redrawn when the columns, their window or the sort and filters change; scrolling down leaves it as it is. */
export const GridHeader = memo(GridHeaderView);
