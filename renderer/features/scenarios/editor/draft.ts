import { scenarioChain, type Issue, type Override, type OverrideField, type ScenarioDef } from '../../../../db/scenario';
import type { OverridePatch, Scenario, ScenarioAssumptions, ScenarioDefRow } from '../../../../db/schema/scenarios';

export type Subject = 'project' | 'cluster';
type Overrides = Record<string, Partial<Override>>;

/** What the analyst is editing: the scenario's fields, assumptions and overrides, saved or not. */
export interface Draft {
  name: string;
  description: string;
  /** Null while the field is empty: the horizon is then incomplete and nothing is computed. */
  horizonStart: number | null;
  horizonEnd: number | null;
  parentId: number | null;
  assumptions: ScenarioAssumptions;
  projectOverrides: Overrides;
  clusterOverrides: Overrides;
}

export function draftOf(scenario: Scenario, def: ScenarioDefRow): Draft {
  return {
    name: scenario.name,
    description: scenario.description ?? '',
    horizonStart: scenario.horizonStart,
    horizonEnd: scenario.horizonEnd,
    parentId: scenario.parentId,
    assumptions: scenario.assumptions,
    projectOverrides: def.projectOverrides,
    clusterOverrides: def.clusterOverrides,
  };
}

const key = (subject: Subject) => (subject === 'project' ? 'projectOverrides' : 'clusterOverrides');

/** Sets (or with null removes) one override; a subject left with none disappears. */
export function withOverride(draft: Draft, subject: Subject, id: number, field: OverrideField, value: Override[OverrideField] | null): Draft {
  const all = { ...draft[key(subject)] };
  const own: Partial<Override> = { ...all[id] };
  if (value === null) delete own[field];
  else (own as Record<OverrideField, unknown>)[field] = value;
  if (Object.keys(own).length) all[id] = own;
  else delete all[id];
  return { ...draft, [key(subject)]: all };
}

type AssumptionKey = Exclude<keyof ScenarioAssumptions, 'stageProbabilityPct'>;

/** Sets (or with undefined removes, so it is inherited) one global assumption. */
export function withAssumption<K extends AssumptionKey>(draft: Draft, name: K, value: ScenarioAssumptions[K] | undefined): Draft {
  const assumptions = { ...draft.assumptions };
  if (value === undefined) delete assumptions[name];
  else assumptions[name] = value;
  return { ...draft, assumptions };
}

export function withStageProbability(draft: Draft, stage: keyof NonNullable<ScenarioAssumptions['stageProbabilityPct']>, value: number | null): Draft {
  const table = { ...draft.assumptions.stageProbabilityPct };
  if (value === null) delete table[stage];
  else table[stage] = value;
  const { stageProbabilityPct: _old, ...rest } = draft.assumptions;
  return { ...draft, assumptions: Object.keys(table).length ? { ...rest, stageProbabilityPct: table } : rest };
}

/** The horizon is complete and in order, and the scenario has a name: its fields can be saved. */
export function fieldsSavable(d: Draft): boolean {
  return d.name.trim() !== '' && d.horizonStart !== null && d.horizonEnd !== null && d.horizonEnd >= d.horizonStart;
}

/** The draft as the head of its chain, the parents as last loaded. */
export function draftChain(draft: Draft, head: ScenarioDefRow, scenarios: readonly ScenarioDef[]): { chain: ScenarioDef[]; issues: Issue[] } {
  const def: ScenarioDef = {
    id: head.id,
    name: draft.name.trim() || head.name,
    parentId: draft.parentId,
    horizonStart: draft.horizonStart ?? head.horizonStart,
    horizonEnd: draft.horizonEnd ?? head.horizonEnd,
    assumptions: draft.assumptions,
    projectOverrides: draft.projectOverrides,
    clusterOverrides: draft.clusterOverrides,
  };
  return scenarioChain([def, ...scenarios.filter((s) => s.id !== head.id)], head.id);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface FieldPatch {
  name?: string;
  description?: string | null;
  horizonStart?: number;
  horizonEnd?: number;
  parentId?: number | null;
  assumptions?: ScenarioAssumptions;
}

export interface Changes {
  /** The scenario's own fields that changed; null when none did or they cannot be saved yet. */
  fields: FieldPatch | null;
  overrides: { subject: Subject; id: number; values: OverridePatch }[];
}

/** What to send to make the stored scenario match the draft. */
export function changes(base: Draft, draft: Draft): Changes {
  const fields: FieldPatch = {};
  if (draft.name !== base.name) fields.name = draft.name;
  if (draft.description !== base.description) fields.description = draft.description.trim() === '' ? null : draft.description;
  if (draft.horizonStart !== base.horizonStart) fields.horizonStart = draft.horizonStart!;
  if (draft.horizonEnd !== base.horizonEnd) fields.horizonEnd = draft.horizonEnd!;
  if (draft.parentId !== base.parentId) fields.parentId = draft.parentId;
  if (!same(draft.assumptions, base.assumptions)) fields.assumptions = draft.assumptions;
  const overrides: Changes['overrides'] = [];
  for (const subject of ['project', 'cluster'] as const) {
    const [was, now] = [base[key(subject)], draft[key(subject)]];
    for (const id of new Set([...Object.keys(was), ...Object.keys(now)])) {
      const values: Record<string, unknown> = {};
      const [before, after] = [was[id] ?? {}, now[id] ?? {}];
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<OverrideField>) {
        if (!same(before[field], after[field])) values[field] = after[field] ?? null;
      }
      if (Object.keys(values).length) overrides.push({ subject, id: Number(id), values: values as OverridePatch });
    }
  }
  return { fields: Object.keys(fields).length && fieldsSavable(draft) ? fields : null, overrides };
}

/** The stored state after `sent` was saved: the fields only if they were sent. */
export function savedState(base: Draft, sent: Draft, fieldsSent: boolean): Draft {
  return fieldsSent ? sent : { ...base, projectOverrides: sent.projectOverrides, clusterOverrides: sent.clusterOverrides };
}
