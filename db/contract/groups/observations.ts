import { z } from 'zod';
import { IndicatorFields, Observation, SourceLinkRow } from '../../schema';
import { ById, read } from '../method-spec';
import { prefixed } from '../prefixed';
import { crud } from './records';

/**
 * Indicator observations as an editable table, like every entity: list (sorted, filtered and counted
 * in SQLite), get, create, update and delete with the row's version, and apply as one undo step.
 * `indicators.list` stays as the read model of the detail views.
 */
export const observationMethods = {
  ...prefixed('observations', crud(IndicatorFields, Observation)),
  /** The sources linked to an observation besides the one it names (a qualifier, a page). */
  'observations.relations': read(ById, z.object({ sources: z.array(SourceLinkRow) })),
};
