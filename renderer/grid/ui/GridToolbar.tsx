import { useTranslation } from 'react-i18next';

interface Props {
  searchLabel: string;
  search: string;
  count: string | null;
  panelOpen: boolean;
  hasPanel: boolean;
  busy: boolean;
  onSearch(text: string): void;
  onAdd(): void;
  onDuplicate(): void;
  onDelete(): void;
  onFillDown(): void;
  onBulkEdit(): void;
  onUndo(): void;
  onRedo(): void;
  onColumns(): void;
  onPanel(): void;
}

/** Search, the count, and the grid's actions as buttons; each also has its key (renderer/grid/README.md). */
export function GridToolbar(p: Props) {
  const { t } = useTranslation('grid');
  return (
    <div className="toolbar grid-toolbar">
      <input type="search" aria-label={p.searchLabel} placeholder={p.searchLabel} value={p.search} onChange={(e) => p.onSearch(e.target.value)} />
      {p.count !== null && (
        <p className="count" role="status">
          {p.count}
        </p>
      )}
      <div className="grid-actions" role="toolbar" aria-label={t('toolbar.label')}>
        <button type="button" onClick={p.onAdd} title={t('toolbar.addKey')}>
          {t('toolbar.add')}
        </button>
        <button type="button" onClick={p.onDuplicate} disabled={p.busy}>
          {t('toolbar.duplicate')}
        </button>
        <button type="button" onClick={p.onDelete} disabled={p.busy} title={t('toolbar.deleteKey')}>
          {t('toolbar.delete')}
        </button>
        <button type="button" onClick={p.onFillDown} disabled={p.busy} title={t('toolbar.fillDownKey')}>
          {t('toolbar.fillDown')}
        </button>
        <button type="button" onClick={p.onBulkEdit} disabled={p.busy} title={t('toolbar.bulkEditKey')}>
          {t('toolbar.bulkEdit')}
        </button>
        <button type="button" onClick={p.onUndo} title={t('toolbar.undoKey')}>
          {t('toolbar.undo')}
        </button>
        <button type="button" onClick={p.onRedo} title={t('toolbar.redoKey')}>
          {t('toolbar.redo')}
        </button>
        <button type="button" onClick={p.onColumns} aria-haspopup="dialog">
          {t('toolbar.columns')}
        </button>
        {p.hasPanel && (
          <button type="button" aria-pressed={p.panelOpen} onClick={p.onPanel}>
            {t('toolbar.details')}
          </button>
        )}
      </div>
    </div>
  );
}
