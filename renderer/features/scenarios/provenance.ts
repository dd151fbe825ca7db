import type { TFunction } from 'i18next';
import type { Provenance } from '../../../db/scenario';

/** Where a value comes from, in the analyst's language: this scenario, a named parent, the project record or a default. */
export function provenanceText(t: TFunction<'scenarios'>, from: Provenance | null): string {
  if (from === null) return t('provenance.none');
  switch (from.from) {
    case 'scenario':
      return from.level === 'cluster' ? t('provenance.scenarioCluster') : t('provenance.scenario');
    case 'parent':
      return from.level === 'cluster' ? t('provenance.parentCluster', { name: from.scenarioName }) : t('provenance.parent', { name: from.scenarioName });
    case 'project':
      return t('provenance.project');
    case 'default':
      return t('provenance.default');
  }
}

/** A class per kind of source, so the eye finds values a scenario sets at a glance. */
export const provenanceClass = (from: Provenance | null) => `sc-provenance sc-provenance-${from?.from ?? 'none'}`;
