import { z } from 'zod';
import { ComparisonFields, ScenarioFields, TargetFields, scenarioFieldIssues, targetIssues } from '../schema';
import type { ScenarioTable, TableSpec } from './tables';

const keys = (s: z.ZodObject) => Object.keys(s.shape);

/**
 * Scenarios, targets and saved comparisons: versioned rows written through EntityRepo like the
 * record tables, so updates and deletes name the version they saw and undo knows their rows.
 * A scenario's overrides are link rows (row-codec.ts), deleted and logged with it.
 */
export const scenarioTables: Record<ScenarioTable, TableSpec> = {
  scenarios: {
    table: 'scenarios',
    entity: 'scenario',
    label: 'name',
    fields: keys(ScenarioFields),
    json: new Set(['assumptions']),
    // A parent in the same table: EntityRepo refuses a parent that would make a cycle, naming parentId.
    refs: { parentId: 'scenarios' },
    dependents: [{ table: 'scenarios', column: 'parent_id', what: 'child scenarios' }],
    cascades: [{ table: 'scenario_overrides', column: 'scenario_id' }],
    searchable: ['name', 'description'],
    validate: (v) => scenarioFieldIssues(v as { horizonStart: number; horizonEnd: number }),
  },
  targets: {
    table: 'targets',
    entity: 'target',
    label: 'name',
    fields: keys(TargetFields),
    json: new Set(),
    refs: { clusterId: 'clusters' },
    dependents: [],
    cascades: [],
    searchable: ['name', 'unit'],
    validate: (v) => targetIssues(v as { scopeType: string; country: string | null; clusterId: number | null }),
  },
  comparisons: {
    table: 'comparisons',
    entity: 'comparison',
    label: 'name',
    fields: keys(ComparisonFields),
    json: new Set(['scenarioIds', 'settings']),
    refs: {},
    dependents: [],
    cascades: [],
    searchable: ['name'],
  },
};
