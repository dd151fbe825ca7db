import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '../columns/types';
import { Popover } from './Popover';

interface Props {
  columns: readonly GridColumn[];
  hidden: readonly string[];
  onToggle(field: string, shown: boolean): void;
  onReset(): void;
  onClose(): void;
}

/** Which columns the table shows; the choice and the widths are kept for this table on this computer. */
export function ColumnsChooser({ columns, hidden, onToggle, onReset, onClose }: Props) {
  const { t } = useTranslation('grid');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  // Focus goes to the first box the analyst can change: the row's name column cannot be hidden.
  const firstToggle = columns.findIndex((c) => !c.rowHeader);
  return (
    <Popover role="dialog" className="grid-popover columns-chooser" title={t('columns.title')} onEscape={onClose}>
      <div className="choice-list">
        {columns.map((c, i) => (
          <label key={c.field}>
            <input
              ref={i === firstToggle ? first : undefined}
              type="checkbox"
              checked={!hidden.includes(c.field)}
              // The column that names the row stays, or rows could not be told apart.
              disabled={c.rowHeader}
              onChange={(e) => onToggle(c.field, e.target.checked)}
            />{' '}
            {c.header}
          </label>
        ))}
      </div>
      <div className="button-row">
        <button type="button" onClick={onReset}>
          {t('columns.reset')}
        </button>
        <button type="button" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </Popover>
  );
}
