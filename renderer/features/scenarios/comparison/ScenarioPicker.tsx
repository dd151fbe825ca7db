import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { scenarioHref } from '../../../app/routing/routes';
import { MAX_COMPARED, type ComparisonStore } from './comparison-store';

/** Which scenarios to compare, 2 to 4; the first chosen is the one the others are measured against. */
export function ScenarioPicker({ comparison }: { comparison: ComparisonStore }) {
  const { t } = useTranslation('scenarios');
  const { scenarios, scenarioIds, toggle } = useStore(comparison);
  const id = useId();
  return (
    <fieldset className="sc-scenario-picker" aria-describedby={`${id}-hint`}>
      <legend>{t('comparison.pick')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('comparison.pickHint', { max: MAX_COMPARED })}
      </p>
      <ul>
        {scenarios.map((s) => {
          const position = scenarioIds.indexOf(s.id);
          const chosen = position >= 0;
          return (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={chosen} disabled={!chosen && scenarioIds.length >= MAX_COMPARED} onChange={() => toggle(s.id)} />{' '}
                <bdi>{s.name}</bdi>
              </label>
              {chosen && <span className="meta">{position === 0 ? t('comparison.reference') : t('comparison.position', { n: position + 1 })}</span>}{' '}
              <a href={scenarioHref(s.id)} className="meta">
                {t('comparison.edit')}
              </a>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
