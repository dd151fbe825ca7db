import { BriefingFields, ComparisonFields } from '../schema';
import type { Workspace } from '../store/workspace';
import { BRIEFINGS, SAMPLE_COMPARISON, SAMPLE_MARKING, type BriefingSeed } from './data/briefings';
import type { ClusterKey } from './data/clusters';
import type { PartnerKey } from './data/partners';
import { SCENARIOS } from './data/scenarios';

export interface SampleIds {
  cluster(key: ClusterKey): number;
  partner(key: PartnerKey): number;
}

/**
 * The sample's saved comparison and its four briefings, one per template (data/briefings.ts),
 * written with the store's own methods and checked like an analyst's input.
 */
export function fillBriefings(ws: Workspace, ids: SampleIds): void {
  const scenarioId = (name: string) => (ws.db.prepare('SELECT id FROM scenarios WHERE name = ?').get(name) as { id: number }).id;
  const comparison = ws.scenarios.comparisons.create(
    ComparisonFields.parse({ name: SAMPLE_COMPARISON.name, scenarioIds: SAMPLE_COMPARISON.scenarios.map((k) => scenarioId(SCENARIOS[k].name)) }),
  );
  const subjectsOf = ({ subject }: BriefingSeed) => {
    if ('cluster' in subject) return { clusterId: ids.cluster(subject.cluster) };
    if ('partner' in subject) return { partnerId: ids.partner(subject.partner) };
    if ('comparison' in subject) return { comparisonId: comparison.id };
    return {};
  };
  for (const [name, seed] of Object.entries(BRIEFINGS) as [string, BriefingSeed][]) {
    ws.briefings.create(
      BriefingFields.parse({ name, template: seed.template, subjects: subjectsOf(seed), language: seed.language, marking: SAMPLE_MARKING, author: null }),
    );
  }
}
