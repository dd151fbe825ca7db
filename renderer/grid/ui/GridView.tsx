import { useCallback, useEffect, useId, useMemo, useRef, useSyncExternalStore, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { GridColumn } from '../columns/types';
import type { ReferenceCache } from '../data/references';
import { PAGE_SIZE, type Sort } from '../data/table-store';
import { rangeOf, single } from '../model/selection';
import { CellEditor } from './CellEditor';
import type { GridController } from './controller';
import { gridKeyHandler } from './grid-keys';
import { GridHeader } from './GridHeader';
import { columnWindow, spacers } from './column-window';
import { cellId, GridRow } from './GridRow';
import { cellKey, rowKeyOf } from './grid-ui';
import { GUTTER_WIDTH, HEADER_HEIGHT, ROW_HEIGHT } from './layout';
import { useMessageText } from './MessageText';
import { useClipboard } from './use-clipboard';
import { useViewport } from './use-viewport';

interface Props {
  title: string;
  controller: GridController;
  columns: readonly GridColumn[];
  widths: readonly number[];
  references: ReferenceCache;
  rtl: boolean;
  onSort(field: string): void;
  onMenu(col: number): void;
  onResize(field: string, width: number): void;
  /** Lets the page put the focus back on the grid after a menu or dialog. */
  gridRef: React.RefObject<HTMLDivElement | null>;
}

/**
 * The grid itself: an ARIA grid that keeps the focus and points at the active cell
 * (aria-activedescendant), so the cell may scroll out of the drawn window without the focus being lost.
 * Only the rows in view are drawn; each sits at its position times the row height.
 */
export function GridView({ title, controller, columns, widths, references, rtl, onSort, onMenu, onResize, gridRef }: Props) {
  const { t } = useTranslation('grid');
  const say = useMessageText();
  const gridId = useId().replace(/:/g, '');
  const { table, ui } = controller;
  const query = useStore(table, (s) => s.query);
  const loading = useStore(table, (s) => s.status === 'loading');
  // The row count below reads the total; subscribed here so that a new total redraws the grid.
  useStore(table, (s) => s.total);
  const uiState = useStore(ui);
  const referenceVersion = useSyncExternalStore(references.subscribe, references.version);
  const rows = controller.rowCount();
  const viewport = useViewport(gridRef, rows);
  const { selection, editing, cellMessages } = uiState;
  // Redrawn when a page it shows arrives or changes, not for pages fetched for rows already scrolled past.
  useStore(
    table,
    useShallow((s) => {
      const shown = [];
      for (let p = Math.floor(viewport.first / PAGE_SIZE); p <= Math.floor(viewport.last / PAGE_SIZE); p++) shown.push(s.pages.get(p));
      for (const position of [selection.focus.row, editing?.row ?? -1]) if (position >= 0) shown.push(s.pages.get(Math.floor(position / PAGE_SIZE)));
      return shown;
    }),
  );
  const range = rangeOf(selection);
  const dragging = useRef(false);
  const totalWidth = GUTTER_WIDTH + widths.reduce((a, b) => a + b, 0);
  // Always drawn: the active column (the focus points into it), the edited one (the editor sits in it), and the
  // column that names the rows, so every row keeps its row header for screen readers and for the eye.
  const headerCol = columns.findIndex((c) => c.rowHeader);
  const keep = [selection.focus.col, ...(editing ? [editing.col] : []), ...(headerCol >= 0 ? [headerCol] : [])];
  const keepKey = keep.join();
  const win = useMemo(
    () => columnWindow(widths, viewport.left, viewport.width, keepKey.split(',').map(Number)),
    [widths, viewport.left, viewport.width, keepKey],
  );
  const gaps = useMemo(() => spacers(win, widths), [win, widths]);

  useEffect(() => {
    table.want(viewport.first, viewport.last);
  }, [table, viewport.first, viewport.last, query]);

  // Keep the active cell on screen after the keyboard moved it.
  useEffect(() => {
    const el = gridRef.current;
    if (!el) return;
    const top = HEADER_HEIGHT + selection.focus.row * ROW_HEIGHT;
    const height = el.clientHeight;
    if (height > 0) {
      if (top - HEADER_HEIGHT < el.scrollTop) el.scrollTop = top - HEADER_HEIGHT;
      else if (top + ROW_HEIGHT > el.scrollTop + height) el.scrollTop = top + ROW_HEIGHT - height;
    }
    document.getElementById(cellId(gridId, selection.focus.row, selection.focus.col))?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [gridRef, gridId, selection.focus.row, selection.focus.col]);

  // When an edit ends, the keyboard goes back to the grid.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) gridRef.current?.focus({ preventScroll: true });
    wasEditing.current = editing !== null;
  }, [editing, gridRef]);

  useClipboard(gridRef, controller);

  const onCellMouseDown = useCallback(
    (position: number, col: number, e: MouseEvent) => {
      if (e.button !== 0) return;
      const state = ui.getState();
      if (state.editing) return;
      dragging.current = true;
      const focus = { row: position, col };
      controller.select(e.shiftKey ? { anchor: state.selection.anchor, focus } : single(focus));
      if (!(e.target as HTMLElement).closest('a')) {
        e.preventDefault();
        gridRef.current?.focus({ preventScroll: true });
      }
    },
    [controller, ui, gridRef],
  );
  const onCellMouseEnter = useCallback(
    (position: number, col: number, e: MouseEvent) => {
      if (!dragging.current || e.buttons !== 1) return;
      controller.select({ anchor: ui.getState().selection.anchor, focus: { row: position, col } });
    },
    [controller, ui],
  );
  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);
  const onCellDoubleClick = useCallback(
    (position: number, col: number) => {
      controller.select(single({ row: position, col }));
      controller.beginEdit();
    },
    [controller],
  );

  const labels = useMemo(
    () => ({ newRow: t('row.newRowHint'), rowHasProblems: t('row.hasProblems'), problem: say }),
    [t, say],
  );

  const drawn = [];
  for (let p = viewport.first; p <= viewport.last; p++) drawn.push(p);
  if (editing && (editing.row < viewport.first || editing.row > viewport.last)) drawn.push(editing.row);

  const offsetOf = (col: number) => GUTTER_WIDTH + widths.slice(0, col).reduce((a, b) => a + b, 0);
  const activeSlot = controller.slot(selection.focus.row);
  const activeKey = activeSlot.kind === 'stored' ? rowKeyOf(activeSlot.row.id, null) : activeSlot.kind === 'draft' ? rowKeyOf(null, activeSlot.draft.key) : null;
  const activeColumn = columns[selection.focus.col];
  const activeMessage = !editing && activeKey && activeColumn ? cellMessages.get(cellKey(activeKey, activeColumn.field)) : undefined;

  const editRow = editing?.row ?? -1;
  const editCol = editing?.col ?? -1;
  const check = useCallback((text: string) => controller.check(editRow, editCol, text).then((r) => r.problem), [controller, editRow, editCol]);

  const onKeyDown = gridKeyHandler({ controller, cols: columns.length, pageRows: viewport.pageRows, rtl, openMenu: onMenu });

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={title}
      aria-rowcount={rows + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={editing ? undefined : cellId(gridId, selection.focus.row, selection.focus.col)}
      aria-busy={loading || undefined}
      tabIndex={0}
      className="grid"
      // What scrolls into view (the active cell, a clicked one) stops clear of the sticky header, row numbers and name column.
      style={{ scrollPaddingBlockStart: HEADER_HEIGHT, scrollPaddingInlineStart: GUTTER_WIDTH + (headerCol === 0 ? widths[0] : 0) }}
      onKeyDown={onKeyDown}
      data-rows={rows}
    >
      <div className="grid-inner" style={{ inlineSize: totalWidth }}>
        <GridHeader
          columns={columns}
          widths={widths}
          win={win}
          gaps={gaps}
          sort={query.sort as Sort | null}
          filters={query.filters}
          rtl={rtl}
          onSort={onSort}
          onMenu={onMenu}
          onResize={onResize}
        />
        <div role="rowgroup" className="grid-body" style={{ blockSize: rows * ROW_HEIGHT }}>
          {drawn.map((p) => {
            const slot = controller.slot(p);
            return (
            <GridRow
              key={p >= viewport.first && p <= viewport.last ? p % viewport.slots : 'editing'}
              position={p}
              kind={slot.kind}
              row={slot.kind === 'stored' ? slot.row : undefined}
              draft={slot.kind === 'draft' ? slot.draft : undefined}
              columns={columns}
              widths={widths}
              win={win}
              gaps={gaps}
              gridId={gridId}
              selected={p >= range.top && p <= range.bottom}
              left={range.left}
              right={range.right}
              activeCol={p === selection.focus.row ? selection.focus.col : -1}
              cellMessages={cellMessages}
              referenceVersion={referenceVersion}
              labels={labels}
              onCellMouseDown={onCellMouseDown}
              onCellMouseEnter={onCellMouseEnter}
              onCellDoubleClick={onCellDoubleClick}
            />
            );
          })}
          {editing && columns[editing.col] && (
            <CellEditor
              key={`${editing.row}:${editing.col}`}
              column={columns[editing.col]}
              row={controller.rowContext(editing.row)}
              initial={editing.text}
              message={editing.message}
              judgedText={editing.text}
              pending={editing.pending}
              selectedRows={range.bottom - range.top + 1}
              style={{ insetBlockStart: editing.row * ROW_HEIGHT, insetInlineStart: offsetOf(editing.col), minInlineSize: widths[editing.col] }}
              check={check}
              commit={(text, move, all) => void controller.commit(text, move, all)}
              cancel={() => controller.cancelEdit()}
            />
          )}
          {activeMessage && (
            <p
              className="cell-message cell-message-static"
              style={{ insetBlockStart: (selection.focus.row + 1) * ROW_HEIGHT, insetInlineStart: offsetOf(selection.focus.col) }}
            >
              {say(activeMessage)}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
