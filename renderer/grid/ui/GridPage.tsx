import './grid.css';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ListFilter } from '../../../db/contract/list-query';
import { TableExportButton } from '../../features/export/TableExportButton';
import { ImportButton } from '../../features/import/ImportButton';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import { Loading } from '../../features/shared/Loading';
import type { GridColumn, Row } from '../columns/types';
import { readColumnPrefs, saveColumnPrefs, MAX_WIDTH, MIN_WIDTH, type ColumnPrefs } from '../data/column-prefs';
import type { ReferenceCache } from '../data/references';
import type { TableStore } from '../data/table-store';
import { runHistory } from '../history/run-history';
import type { Rules } from '../model/cell-check';
import { ColumnMenu } from './ColumnMenu';
import { ColumnsChooser } from './ColumnsChooser';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { GridController, type GridConfig } from './controller';
import { createGridUi } from './grid-ui';
import { GridToolbar } from './GridToolbar';
import { GridView } from './GridView';
import { NoticeBar } from './NoticeBar';
import { PasteReportDialog } from './PasteReportDialog';

export interface GridPageProps {
  title: string;
  table: TableStore;
  references: ReferenceCache;
  /** Every column, in its default order. */
  columns: readonly GridColumn[];
  rules?: Rules;
  /** The field that names a row (name, title, metric). */
  label: string;
  /** The plural noun of the rows, for questions such as "Delete 3 projects?". */
  rowsNoun(count: number): string;
  searchLabel: string;
  countLabel(count: number): string;
  emptyMessage: string;
  aside?: ReactNode;
  panel?(row: Row): ReactNode;
}

const PANEL_KEY = 'clusterdesk.grid.panel';

/**
 * A section's table: heading, search, count, actions, the grid, its dialogs and the detail panel
 * of the active row. The same page serves every table; a feature gives only its columns and panel.
 */
export function GridPage(p: GridPageProps) {
  const { t, i18n } = useTranslation('grid');
  const { t: tBase } = useTranslation();
  const { table } = p;
  const prefsKey = table.api.table;
  const [ui] = useState(createGridUi);
  const [prefs, setPrefs] = useState<ColumnPrefs>(() => readColumnPrefs(prefsKey));
  const [chooser, setChooser] = useState(false);
  const [panelOpen, setPanelOpen] = useState(() => localStorage.getItem(PANEL_KEY) === 'open');
  const gridRef = useRef<HTMLDivElement>(null);
  // Not the pages: a page fetched while scrolling redraws the rows (GridView), not the toolbar and dialogs.
  const state = useStore(table, useShallow((s) => ({ query: s.query, total: s.total, status: s.status, error: s.error })));
  const uiState = useStore(ui);
  const rtl = i18n.dir() === 'rtl';

  const visible = useMemo(() => p.columns.filter((c) => !prefs.hidden.includes(c.field)), [p.columns, prefs.hidden]);
  const widths = useMemo(() => visible.map((c) => prefs.widths[c.field] ?? c.width), [visible, prefs.widths]);
  const config = useRef<GridConfig>({ columns: visible, allColumns: p.columns, rules: p.rules, label: p.label });
  config.current = { columns: visible, allColumns: p.columns, rules: p.rules, label: p.label };
  const controller = useMemo(() => new GridController(table, ui, () => config.current), [table, ui]);

  const updatePrefs = (next: ColumnPrefs) => {
    setPrefs(next);
    saveColumnPrefs(prefsKey, next);
  };
  const focusGrid = () => gridRef.current?.focus({ preventScroll: true });

  // The selection stays inside the table when columns are hidden or rows go away.
  useEffect(() => {
    const { focus, anchor } = ui.getState().selection;
    const maxCol = Math.max(0, visible.length - 1);
    const maxRow = Math.max(0, controller.rowCount() - 1);
    if (focus.col > maxCol || anchor.col > maxCol || focus.row > maxRow || anchor.row > maxRow) {
      const cell = { row: Math.min(focus.row, maxRow), col: Math.min(focus.col, maxCol) };
      ui.setState({ selection: { focus: cell, anchor: cell } });
    }
  }, [visible.length, state.total, uiState.drafts.length, ui, controller]);

  const menuCol = uiState.columnMenu;
  const menuColumn = menuCol === null ? undefined : visible[menuCol];
  const closeMenu = () => {
    ui.setState({ columnMenu: null });
    focusGrid();
  };
  const setFilter = (field: string, filter: ListFilter | null) =>
    table.setQuery({ filters: [...state.query.filters.filter((f) => f.field !== field), ...(filter ? [filter] : [])] });

  const focusRow = uiState.selection.focus.row;
  const activeRow = useStore(table, () => {
    const slot = controller.slot(focusRow);
    return slot.kind === 'stored' ? slot.row : null;
  });
  const history = async (action: 'undo' | 'redo') => ui.setState({ notice: await runHistory(table.client, action) });

  return (
    <div className="list-page grid-page">
      <h1>{p.title}</h1>
      {p.aside}
      <GridToolbar
        searchLabel={p.searchLabel}
        search={state.query.search}
        count={state.total === null ? null : p.countLabel(state.total)}
        panelOpen={panelOpen}
        hasPanel={p.panel !== undefined}
        busy={uiState.busy}
        onSearch={(search) => table.setQuery({ search })}
        onAdd={() => {
          controller.addRow();
          focusGrid();
        }}
        onDuplicate={() => void controller.duplicate()}
        onDelete={() => controller.requestDelete()}
        onFillDown={() => void controller.fillDown().then(focusGrid)}
        onBulkEdit={() => {
          focusGrid();
          controller.beginEdit('');
        }}
        onUndo={() => void history('undo')}
        onRedo={() => void history('redo')}
        onColumns={() => setChooser(true)}
        onPanel={() => {
          localStorage.setItem(PANEL_KEY, panelOpen ? 'closed' : 'open');
          setPanelOpen(!panelOpen);
        }}
      />
      <TableExportButton table={table} title={p.title} />
      <ImportButton client={table.client} entity={table.api.entity} />
      <NoticeBar notice={uiState.notice} onDismiss={() => ui.setState({ notice: null })} />
      {chooser && (
        <ColumnsChooser
          columns={p.columns}
          hidden={prefs.hidden}
          onToggle={(field, shown) => updatePrefs({ ...prefs, hidden: shown ? prefs.hidden.filter((f) => f !== field) : [...prefs.hidden, field] })}
          onReset={() => updatePrefs({ hidden: [], widths: {} })}
          onClose={() => {
            setChooser(false);
            focusGrid();
          }}
        />
      )}
      {menuColumn && (
        <ColumnMenu
          key={menuColumn.field}
          column={menuColumn}
          sort={state.query.sort}
          filter={state.query.filters.find((f) => f.field === menuColumn.field)}
          onSort={(dir) => {
            table.setQuery({ sort: dir ? { field: menuColumn.field, dir } : null });
            closeMenu();
          }}
          onFilter={(filter) => {
            setFilter(menuColumn.field, filter);
            closeMenu();
          }}
          onHide={() => {
            updatePrefs({ ...prefs, hidden: [...prefs.hidden, menuColumn.field] });
            closeMenu();
          }}
          onWiden={(delta) => {
            const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, (prefs.widths[menuColumn.field] ?? menuColumn.width) + delta));
            updatePrefs({ ...prefs, widths: { ...prefs.widths, [menuColumn.field]: width } });
          }}
          onClose={closeMenu}
        />
      )}
      {uiState.report && (
        <PasteReportDialog
          report={uiState.report}
          columns={visible}
          onResolve={(applyValid) => void controller.resolveReport(applyValid).then(focusGrid)}
        />
      )}
      {uiState.confirmDelete && (
        <ConfirmDeleteDialog
          rows={uiState.confirmDelete.rows}
          what={p.rowsNoun(uiState.confirmDelete.rows)}
          onAnswer={(yes) => void controller.confirmDelete(yes).then(focusGrid)}
        />
      )}
      {state.status === 'error' && state.error && <ErrorNotice error={state.error} onRetry={() => void table.refresh()} />}
      {state.total === null && state.status !== 'error' && <Loading />}
      <div className={`grid-page-body${panelOpen && p.panel ? ' with-panel' : ''}`}>
        <GridView
          title={p.title}
          controller={controller}
          columns={visible}
          widths={widths}
          references={p.references}
          rtl={rtl}
          gridRef={gridRef}
          onSort={(field) => {
            const sort = state.query.sort;
            const next = sort?.field !== field ? { field, dir: 'asc' as const } : sort.dir === 'asc' ? { field, dir: 'desc' as const } : null;
            table.setQuery({ sort: next });
          }}
          onMenu={(col) => ui.setState({ columnMenu: col })}
          onResize={(field, width) => updatePrefs({ ...prefs, widths: { ...prefs.widths, [field]: width } })}
        />
        {panelOpen && p.panel && activeRow && p.panel(activeRow)}
      </div>
      {state.total === 0 && (
        <p className="muted">{state.query.filters.length ? t('empty.noMatch') : state.query.search ? tBase('list.noMatch') : p.emptyMessage}</p>
      )}
    </div>
  );
}
