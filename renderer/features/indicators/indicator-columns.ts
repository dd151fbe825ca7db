import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorFields, type Observation } from '../../../db/schema/entities';
import { indicatorSubjects } from '../../../db/schema/enums';
import { observationIssues } from '../../../db/schema/rules';
import { countryKind } from '../../grid/columns/country-kind';
import { partialDateKind } from '../../grid/columns/date-kind';
import { fieldColumn } from '../../grid/columns/define';
import { enumKind } from '../../grid/columns/enum-kind';
import { numberKind, yearKind } from '../../grid/columns/number-kind';
import { referenceKind } from '../../grid/columns/reference-kind';
import { textKind } from '../../grid/columns/text-kind';
import type { GridColumn, Row } from '../../grid/columns/types';
import { useKindContext } from '../../grid/columns/use-kind-context';
import type { RefTarget, ReferenceCache } from '../../grid/data/references';
import type { Rules } from '../../grid/model/cell-check';

export const observationRules: Rules = (values) => observationIssues(values as unknown as Observation);

const SUBJECT_TABLE: Record<string, RefTarget> = { initiative: 'initiatives', cluster: 'clusters', project: 'projects' };

/** The record an observation is about lives in the table its subject type names; a country has none. */
const subjectTarget = (row: Row | undefined) => SUBJECT_TABLE[String(row?.subjectType)] ?? null;

/** Indicator observations: what (subject), which metric, when, how much and in what unit, and from which source. */
export function useIndicatorColumns(references: ReferenceCache): GridColumn[] {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const ctx = useKindContext(references);
  return useMemo(() => {
    const f = (field: keyof typeof IndicatorFields.shape, header: string, kind: GridColumn['kind'], width: number, extra?: Parameters<typeof fieldColumn>[5]) =>
      fieldColumn(IndicatorFields, field, header, kind, width, extra);
    return [
      f('subjectType', tg('fields.subjectType'), enumKind(ctx, 'grid:enum.subjectType', indicatorSubjects), 150),
      f('subjectId', tg('fields.subject'), referenceKind(ctx, subjectTarget), 260),
      f('country', tg('fields.country'), countryKind(ctx), 190),
      f('metric', t('fields.indicator.metric'), textKind(), 240, { rowHeader: true }),
      f('year', t('fields.indicator.year'), yearKind(ctx), 100),
      f('value', t('fields.indicator.value'), numberKind(ctx), 140),
      f('unit', t('fields.indicator.unit'), textKind(), 140),
      f('observedOn', t('fields.indicator.observedOn'), partialDateKind(ctx), 150),
      f('sourceId', tg('fields.source'), referenceKind(ctx, 'sources'), 300),
    ];
  }, [ctx, t, tg]);
}
