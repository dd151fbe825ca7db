import { memo, type MouseEvent } from 'react';
import type { CellValue, GridColumn, Row } from '../columns/types';
import type { Message } from '../model/messages';
import { asRow } from '../model/paste-plan';
import type { ColumnWindow } from './column-window';
import type { Slot } from './controller';
import { cellKey, rowKeyOf, type Draft } from './grid-ui';
import { GUTTER_WIDTH, ROW_HEIGHT } from './layout';

export interface RowProps {
  position: number;
  /** What the position holds; the stored row and the draft keep their identity, so an unchanged row is not redrawn. */
  kind: Slot['kind'];
  row: Row | undefined;
  draft: Draft | undefined;
  columns: readonly GridColumn[];
  widths: readonly number[];
  win: ColumnWindow;
  gaps: { before: readonly number[]; after: number };
  gridId: string;
  /** Whether the row is in the selected range, and which columns are. */
  selected: boolean;
  left: number;
  right: number;
  /** The active column when the active cell is in this row, else -1. */
  activeCol: number;
  cellMessages: ReadonlyMap<string, Message>;
  /** Names read from the reference cache; a new version redraws reference cells. */
  referenceVersion: number;
  labels: { newRow: string; rowHasProblems: string; problem: (m: Message) => string };
  onCellMouseDown(position: number, col: number, e: MouseEvent): void;
  onCellMouseEnter(position: number, col: number, e: MouseEvent): void;
  onCellDoubleClick(position: number, col: number): void;
}

export const cellId = (gridId: string, position: number, col: number) => `${gridId}-r${position}-c${col}`;

const Gap = ({ width }: { width: number }) => (width > 0 ? <div className="grid-gap" style={{ inlineSize: width }} aria-hidden="true" /> : null);

function GridRowView(p: RowProps) {
  const { kind, position } = p;
  const context = kind === 'stored' ? p.row : kind === 'draft' ? asRow(p.draft!.values) : undefined;
  const rowKey = kind === 'stored' ? rowKeyOf(p.row!.id, null) : kind === 'draft' ? rowKeyOf(null, p.draft!.key) : null;
  const problems = rowKey ? p.columns.map((c) => p.cellMessages.get(cellKey(rowKey, c.field))).filter((m): m is Message => m !== undefined) : [];
  const valueOf = (c: GridColumn): CellValue =>
    kind === 'stored' ? (p.row![c.field] as CellValue) : kind === 'draft' ? ((p.draft!.values[c.field] as CellValue) ?? null) : null;
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-busy={kind === 'loading' || undefined}
      className={`grid-row grid-row-${kind}${problems.length ? ' has-problems' : ''}`}
      style={{ transform: `translateY(${position * ROW_HEIGHT}px)`, blockSize: ROW_HEIGHT }}
      data-position={position}
    >
      <div role="gridcell" aria-colindex={1} className="grid-gutter" style={{ inlineSize: GUTTER_WIDTH }}>
        {problems.length > 0 ? (
          <span className="row-problem" title={problems.map(p.labels.problem).join('\n')}>
            <span aria-hidden="true">!</span>
            <span className="visually-hidden">{p.labels.rowHasProblems}</span>
          </span>
        ) : null}
        {kind === 'new' ? <span aria-hidden="true">*</span> : <span className="row-number">{position + 1}</span>}
      </div>
      {p.win.cols.map((i, n) => {
        const c = p.columns[i];
        const text = kind === 'loading' ? '' : c.kind.display(valueOf(c), context);
        const problem = rowKey ? p.cellMessages.get(cellKey(rowKey, c.field)) : undefined;
        const inRange = p.selected && i >= p.left && i <= p.right;
        const classes = ['grid-cell', i === 0 && c.rowHeader ? 'frozen' : '', c.kind.numeric ? 'numeric' : '', inRange ? 'selected' : '', p.activeCol === i ? 'active' : '', problem ? 'invalid' : '']
          .filter(Boolean)
          .join(' ');
        const href = kind === 'stored' && c.href ? c.href(p.row!) : null;
        return [
          <Gap key={`gap${i}`} width={p.gaps.before[n]} />,
          <div
            key={c.field}
            id={cellId(p.gridId, position, i)}
            role={c.rowHeader && kind !== 'new' ? 'rowheader' : 'gridcell'}
            aria-colindex={i + 2}
            aria-selected={inRange}
            aria-invalid={problem ? true : undefined}
            className={classes}
            style={{ inlineSize: p.widths[i] }}
            data-field={c.field}
            onMouseDown={(e) => p.onCellMouseDown(position, i, e)}
            onMouseEnter={(e) => p.onCellMouseEnter(position, i, e)}
            onDoubleClick={() => p.onCellDoubleClick(position, i)}
          >
            {href ? (
              <a href={href} tabIndex={-1} dir="auto">
                {text}
              </a>
            ) : (
              <bdi className="cell-text">{kind === 'new' && i === 0 ? <span className="muted">{p.labels.newRow}</span> : text}</bdi>
            )}
            {problem && <span className="visually-hidden">: {p.labels.problem(problem)}</span>}
          </div>,
        ];
      })}
      <Gap width={p.gaps.after} />
    </div>
  );
}

/** One row; redrawn only when what it shows changes, so scrolling 100,000 rows draws only the new ones. */
export const GridRow = memo(GridRowView);
