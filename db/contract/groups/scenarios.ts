import { z } from 'zod';
import {
  ComparisonFields,
  ComparisonRecord,
  Id,
  OverridePatch,
  OverrideRow,
  Scenario,
  ScenarioFields,
  ScenarioInputs,
  TargetFields,
  TargetRecord,
  Text,
} from '../../schema';
import { ById, Deleted, NoInput, read, Versioned, write } from '../method-spec';

const Subject = { scenarioId: Id, projectId: Id.optional(), clusterId: Id.optional() };
/** A project or a cluster of the portfolio: exactly one is named. */
const oneSubject = (v: { projectId?: number; clusterId?: number }) => (v.projectId === undefined) !== (v.clusterId === undefined);
const ONE_SUBJECT = { message: 'name exactly one of projectId or clusterId', path: ['projectId'] };

const updateOf = <S extends z.ZodObject>(fields: S) => z.strictObject({ ...Versioned, values: fields.partial() });

/**
 * Scenarios (with parents, horizons and global assumptions), their overrides per project or
 * cluster, the targets results are compared with, and saved comparisons; and one read that gives
 * the engine everything it needs, so the renderer computes results while the analyst types.
 */
export const scenarioMethods = {
  'scenarios.get': read(ById, Scenario),
  'scenarios.create': write(ScenarioFields, Scenario),
  'scenarios.update': write(updateOf(ScenarioFields), Scenario),
  'scenarios.delete': write(z.strictObject(Versioned), Deleted),
  /** The portfolio, the scenarios asked for with every parent, the targets and cluster names. */
  'scenarios.inputs': read(z.strictObject({ ids: z.array(Id).min(1).max(20) }), ScenarioInputs),
  /** The overrides of one scenario as stored, with their notes. */
  'scenarioOverrides.list': read(z.strictObject({ scenarioId: Id }), z.array(OverrideRow)),
  /** Sets fields of one project's or cluster's overrides (null removes a field); one undo step. */
  'scenarioOverrides.update': write(
    z.strictObject({ ...Subject, values: OverridePatch, note: Text(1000).nullable().optional() }).refine(oneSubject, ONE_SUBJECT),
    z.array(OverrideRow),
  ),
  /** Removes every override of one project or cluster. */
  'scenarioOverrides.delete': write(z.strictObject(Subject).refine(oneSubject, ONE_SUBJECT), z.object({ removed: z.int().min(0) })),

  /** Every target, and whether a source backs it (one without is shown as an assumption). */
  'targets.list': read(NoInput, z.array(TargetRecord.extend({ sourced: z.boolean() }))),
  'targets.create': write(TargetFields, TargetRecord),
  'targets.update': write(updateOf(TargetFields), TargetRecord),
  'targets.delete': write(z.strictObject(Versioned), Deleted),

  'comparisons.list': read(NoInput, z.array(ComparisonRecord)),
  'comparisons.get': read(ById, ComparisonRecord),
  'comparisons.create': write(ComparisonFields, ComparisonRecord),
  'comparisons.update': write(updateOf(ComparisonFields), ComparisonRecord),
  'comparisons.delete': write(z.strictObject(Versioned), Deleted),
};
