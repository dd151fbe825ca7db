import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/i18n/use-format';
import { useSeparators } from '../use-separators';
import type { CellConventions, CellProblem } from './override-columns';

/** How the overrides grid reads and writes cells in the analyst's language. */
export function useCellConventions(): CellConventions {
  const { t } = useTranslation('scenarios');
  return { separators: useSeparators(), yes: t('include.yes'), no: t('include.no') };
}

/** Why a typed or pasted cell was refused, in the analyst's language. */
export function useProblemText(): (problem: CellProblem | { key: 'outside' }) => string {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  return (problem) => {
    switch (problem.key) {
      case 'include':
        return t('grid.includeProblem', { yes: t('include.yes'), no: t('include.no') });
      case 'outside':
        return t('grid.outside');
      default:
        return t(`number.${problem.key}`, { min: format.number(problem.rule.min), max: format.number(problem.rule.max ?? 0) });
    }
  };
}
