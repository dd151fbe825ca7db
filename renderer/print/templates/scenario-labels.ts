import { useTranslation } from 'react-i18next';
import {
  defaultAssumptions,
  overrideFields,
  type AssumptionDiff,
  type Assumptions,
  type ExcludedProject,
  type OverrideField,
  type TornadoBar,
} from '../../../db/scenario';
import type { ProjectStage } from '../../../db/schema/enums';
import type { ComparisonMetric } from '../../../db/schema/scenarios';
import { useLabels } from '../labels';

const FSI = '\u2068';
const PDI = '\u2069';
/** Names inside chart text (SVG, where <bdi> cannot go) are isolated with the Unicode isolate characters. */
export const isolate = (text: string) => `${FSI}${text}${PDI}`;

/** Everything a scenario sets, by the name a comparison or a tornado bar gives it: its horizon, its global assumptions, its overrides. */
type Field = 'horizonStart' | 'horizonEnd' | keyof Assumptions | OverrideField;

const FIELDS = new Set<string>(['horizonStart', 'horizonEnd', ...Object.keys(defaultAssumptions), ...overrideFields]);

/** Names of the engine's assumptions, metrics and exclusions in the briefing's language. */
export function useScenarioLabels() {
  const { t } = useTranslation('briefings');
  const l = useLabels();
  const field = (f: string) => (FIELDS.has(f) ? t(`assumption.${f as Field}`) : f);
  const value = (v: unknown, f: string): string => {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'boolean') return v ? t('document.yes') : t('document.no');
    if (typeof v === 'number') return f === 'horizonStart' || f === 'horizonEnd' || f.endsWith('Year') ? l.format.year(v) : l.format.number(v, 2);
    if (f === 'minStage' && typeof v === 'string') return l.stage(v as ProjectStage);
    return String(v);
  };
  return {
    field,
    value,
    metric: (m: ComparisonMetric) => t(`scenario.metric.${m}`),
    unit: (m: ComparisonMetric) => t(`scenario.unit.${m}`),
    where: (d: AssumptionDiff, clusterName: (id: number) => string) =>
      d.level === 'global'
        ? d.field === 'stageProbabilityPct' && d.stage
          ? `${t('scenario.global')}: ${field(d.field)} (${l.stage(d.stage)})`
          : `${t('scenario.global')}: ${field(d.field)}`
        : d.level === 'cluster'
          ? `${isolate(clusterName(d.clusterId))}: ${field(d.field)}`
          : `${isolate(d.name)}: ${field(d.field)}`,
    exclusion: (e: ExcludedProject) => t(`exclusion.${e.code}`),
    tornadoBar: (b: TornadoBar) =>
      b.kind === 'assumption' ? field(b.field) : b.kind === 'stage' ? `${field('stageProbabilityPct')}: ${l.stage(b.stage)}` : `${isolate(b.name)}: ${field(b.field)}`,
  };
}
