import { useEffect, useRef, useState, type ClipboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverrideField, Resolved } from '../../../../db/scenario';
import { navigate } from '../../../grid/model/navigation';
import { rangeOf, single, type CellPos, type Selection } from '../../../grid/model/selection';
import { withOverride, type Subject } from './draft';
import type { EditorStore } from './editor-store';
import { OVERRIDE_COLUMNS, ownText, readCell } from './override-columns';
import { applyWrites, clearWrites, copyText, planPaste, type CellWrite, type GridRow, type PastePlan } from './overrides-actions';
import { overridesKeyHandler } from './overrides-keys';
import { CellEditor, ValueLine, type EditEnd } from './OverridesCell';
import { OverridesPasteReport } from './OverridesPasteReport';
import { useCellConventions, useProblemText } from './use-cell-text';
import './overrides-grid.css';

export interface GridRowView extends GridRow {
  href: string;
  /** A second line under the name, such as the project's stage. */
  detail?: string;
  /** The value in force for a field and where it comes from; null when nothing sets it. */
  resolved(field: OverrideField): Resolved<unknown> | null;
}

interface Props {
  editor: EditorStore;
  subject: Subject;
  /** The grid's accessible name. */
  label: string;
  /** The id of the text that lists the keys. */
  describedBy?: string;
  /** The header of the name column: project or cluster. */
  nameHeader: string;
  rows: readonly GridRowView[];
}

const PAGE_ROWS = 10;
const COLS = OVERRIDE_COLUMNS.length;
const isEditable = (target: EventTarget) => target instanceof HTMLInputElement || target instanceof HTMLSelectElement;

/**
 * What this scenario sets for each project (or cluster), edited as in a spreadsheet: one focused
 * cell, ranges, Excel's clipboard, undo and redo. Each cell shows the value in force and where it
 * comes from, so clearing a cell shows at once what it falls back to. The shared GridPage edits
 * stored records row by row; these rows are a scenario's layer over them, kept in the editor's draft,
 * so this grid reuses the grid's model (movement, ranges, TSV, numbers) over the draft instead.
 */
export function OverridesGrid({ editor, subject, label, describedBy, nameHeader, rows }: Props) {
  const { t, i18n } = useTranslation('scenarios');
  const conventions = useCellConventions();
  const problemText = useProblemText();
  const [selection, setSelection] = useState<Selection>(single({ row: 0, col: 0 }));
  const [editing, setEditing] = useState<{ initial: string; error: string | null } | null>(null);
  const [report, setReport] = useState<PastePlan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const dragging = useRef(false);
  // Set when the cell must take the focus back: after an edit, a paste report, a click.
  const refocus = useRef(false);
  const rtl = i18n.dir() === 'rtl';

  // A filter may leave fewer rows than the selection reached.
  const last = Math.max(0, rows.length - 1);
  const clampCell = (c: CellPos): CellPos => ({ row: Math.min(c.row, last), col: c.col });
  const sel: Selection = { focus: clampCell(selection.focus), anchor: clampCell(selection.anchor) };
  const range = rangeOf(sel);
  const { focus } = sel;

  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || editing) return;
    if (!refocus.current && !grid.contains(document.activeElement)) return;
    refocus.current = false;
    grid.querySelector<HTMLElement>(`[data-row="${focus.row}"][data-col="${focus.col}"]`)?.focus();
  }, [focus.row, focus.col, editing, report]);

  useEffect(() => {
    const stop = () => (dragging.current = false);
    document.addEventListener('mouseup', stop);
    return () => document.removeEventListener('mouseup', stop);
  }, []);

  const cellLabel = (row: number, col: number) => t('overrides.cellLabel', { name: rows[row]?.name, field: t(`override.${OVERRIDE_COLUMNS[col].field}`) });

  const apply = (writes: readonly CellWrite[]) => editor.getState().step((d) => applyWrites(d, subject, rows, writes));

  const select = (next: Selection) => {
    setSelection(next);
    setNotice(null);
  };

  const startEdit = (typed?: string) => {
    const row = rows[focus.row];
    if (!row) return;
    const column = OVERRIDE_COLUMNS[focus.col];
    setEditing({ initial: typed ?? ownText(column, row.own[column.field], conventions), error: null });
  };

  const endEdit = (text: string, end: EditEnd): boolean => {
    const row = rows[focus.row];
    const close = () => {
      refocus.current = !(end.commit && end.leaving);
      setEditing(null);
      return true;
    };
    if (!end.commit || !row) return close();
    const column = OVERRIDE_COLUMNS[focus.col];
    const read = readCell(column, text, conventions);
    if (!read.ok) {
      if (end.leaving) return close();
      setEditing({ initial: editing?.initial ?? text, error: problemText(read.problem) });
      return false;
    }
    editor.getState().step((d) => withOverride(d, subject, row.id, column.field, read.value));
    if (end.move !== 'none') {
      const key = end.move === 'down' ? 'ArrowDown' : end.move === 'up' ? 'ArrowUp' : 'Tab';
      const keyLike = { key, shiftKey: end.move === 'previous', ctrlKey: false, metaKey: false, altKey: false };
      const next = navigate(single(focus), keyLike, { rows: rows.length, cols: COLS, pageRows: PAGE_ROWS }, rtl);
      if (next) setSelection(next);
    }
    return close();
  };

  const travel = (action: 'undo' | 'redo') => {
    const state = editor.getState();
    const done = action === 'undo' ? state.undo() : state.redo();
    setNotice(done ? t(action === 'undo' ? 'grid.undone' : 'grid.redone') : t(action === 'undo' ? 'grid.nothingToUndo' : 'grid.nothingToRedo'));
  };

  const onKeyDown = overridesKeyHandler({
    selection: sel,
    rows: rows.length,
    cols: COLS,
    pageRows: PAGE_ROWS,
    rtl,
    select,
    edit: startEdit,
    typeable: (col) => OVERRIDE_COLUMNS[col].kind === 'number',
    clear: () => {
      const writes = clearWrites(rows, sel);
      apply(writes);
      setNotice(t('grid.cleared', { count: writes.length }));
    },
    undo: () => travel('undo'),
    redo: () => travel('redo'),
  });

  const onCopy = (e: ClipboardEvent<HTMLElement>) => {
    if (isEditable(e.target) || rows.length === 0) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copyText(rows, sel, conventions));
    setNotice(t('grid.copied', { count: (range.bottom - range.top + 1) * (range.right - range.left + 1) }));
  };

  const onCut = (e: ClipboardEvent<HTMLElement>) => {
    if (isEditable(e.target) || rows.length === 0) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', copyText(rows, sel, conventions));
    apply(clearWrites(rows, sel));
  };

  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    if (isEditable(e.target) || rows.length === 0) return;
    e.preventDefault();
    const plan = planPaste(e.clipboardData.getData('text/plain'), sel, rows, conventions);
    if (plan.issues.length) {
      setReport(plan);
      return;
    }
    apply(plan.writes);
    setSelection(plan.area);
    setNotice(t('grid.pasted', { count: plan.writes.length }));
  };

  const resolveReport = (applyValid: boolean) => {
    if (applyValid && report) {
      apply(report.writes);
      setSelection(report.area);
      setNotice(t('grid.pasted', { count: report.writes.length }));
    } else {
      setNotice(t('grid.pasteCancelled'));
    }
    refocus.current = true;
    setReport(null);
  };

  const onCellMouseDown = (e: MouseEvent, cell: CellPos) => {
    if (e.button !== 0 || isEditable(e.target)) return;
    // No text selection while dragging over cells; the focus is given to the cell by hand.
    e.preventDefault();
    dragging.current = true;
    refocus.current = true;
    select(e.shiftKey ? { anchor: sel.anchor, focus: cell } : single(cell));
    (e.currentTarget as HTMLElement).focus();
  };

  return (
    <>
      <table
        ref={gridRef}
        role="grid"
        aria-label={label}
        aria-describedby={describedBy}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLS + 1}
        aria-multiselectable="true"
        className="sc-overrides sc-overrides-grid"
        onKeyDown={onKeyDown}
        onCopy={onCopy}
        onCut={onCut}
        onPaste={onPaste}
      >
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" scope="col" aria-colindex={1}>
              {nameHeader}
            </th>
            {OVERRIDE_COLUMNS.map((c, col) => (
              <th key={c.field} role="columnheader" scope="col" aria-colindex={col + 2}>
                {t(`override.${c.field}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, row) => (
            <tr key={r.id} role="row" aria-rowindex={row + 2}>
              <th role="rowheader" scope="row" aria-colindex={1}>
                {/* One tab stop for the whole grid, as the ARIA grid pattern asks: the link is for the mouse. */}
                <a href={r.href} dir="auto" tabIndex={-1}>
                  {r.name}
                </a>
                {r.detail && <span className="sc-subtle">{r.detail}</span>}
              </th>
              {OVERRIDE_COLUMNS.map((c, col) => {
                const active = row === focus.row && col === focus.col;
                const selected = row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
                return (
                  <td
                    key={c.field}
                    role="gridcell"
                    aria-colindex={col + 2}
                    aria-selected={selected}
                    tabIndex={active ? 0 : -1}
                    data-row={row}
                    data-col={col}
                    data-field={c.field}
                    className={`sc-grid-cell${selected ? ' sc-grid-selected' : ''}${active ? ' sc-grid-active' : ''}${r.own[c.field] !== undefined ? ' sc-grid-own' : ''}`}
                    onMouseDown={(e) => onCellMouseDown(e, { row, col })}
                    onMouseEnter={() => dragging.current && select({ anchor: sel.anchor, focus: { row, col } })}
                    onDoubleClick={() => startEdit()}
                  >
                    {active && editing ? (
                      <CellEditor column={c} label={cellLabel(row, col)} initial={editing.initial} error={editing.error} onEnd={endEdit} />
                    ) : (
                      <ValueLine field={c.field} resolved={r.resolved(c.field)} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {report && <OverridesPasteReport plan={report} onResolve={resolveReport} />}
      <p className="sc-grid-notice" role="status">
        {notice}
      </p>
    </>
  );
}
