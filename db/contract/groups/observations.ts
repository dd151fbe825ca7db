import { IndicatorFields, Observation } from '../../schema';
import { prefixed } from '../prefixed';
import { crud } from './records';

/**
 * Indicator observations as an editable table, like every entity: list (sorted, filtered and counted
 * in SQLite), get, create, update and delete with the row's version, and apply as one undo step.
 * `indicators.list` stays as the read model of the detail views.
 */
export const observationMethods = prefixed('observations', crud(IndicatorFields, Observation));
