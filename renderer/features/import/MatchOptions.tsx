import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ImportStore } from './import-store';

const MATCH = ['name', 'id'] as const;
const EXISTING = ['skip', 'update', 'insert'] as const;

/** How a row finds a record that is already there, and what happens to that record. */
export function MatchOptions({ store }: { store: ImportStore }) {
  const { t } = useTranslation('import');
  const id = useId();
  const { matchBy, onExisting, busy, setChoice, table } = useStore(store);
  return (
    <div className="import-match">
      <fieldset disabled={busy !== null}>
        <legend>{t('match.title')}</legend>
        {MATCH.map((m) => (
          <label key={m} className="import-radio">
            <input type="radio" name={`${id}-match`} value={m} checked={matchBy === m} onChange={() => setChoice({ matchBy: m })} />
            {t(table === 'indicators' && m === 'name' ? 'match.indicator' : `match.${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={busy !== null}>
        <legend>{t('existing.title')}</legend>
        {EXISTING.map((x) => (
          <label key={x} className="import-radio">
            <input type="radio" name={`${id}-existing`} value={x} checked={onExisting === x} onChange={() => setChoice({ onExisting: x })} />
            {t(`existing.${x}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
