import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectFields } from '../../../db/schema/entities';
import { confidenceLevels, projectCategories, projectStages } from '../../../db/schema/enums';
import { projectIssues } from '../../../db/schema/rules';
import { recordHref } from '../../app/routing/routes';
import { countryKind } from '../../grid/columns/country-kind';
import { partialDateKind } from '../../grid/columns/date-kind';
import { fieldColumn } from '../../grid/columns/define';
import { enumKind } from '../../grid/columns/enum-kind';
import { numberKind, yearKind } from '../../grid/columns/number-kind';
import { referenceKind } from '../../grid/columns/reference-kind';
import { textKind } from '../../grid/columns/text-kind';
import type { GridColumn } from '../../grid/columns/types';
import { useKindContext } from '../../grid/columns/use-kind-context';
import type { ReferenceCache } from '../../grid/data/references';
import type { Rules } from '../../grid/model/cell-check';
import type { Project } from '../../../db/schema/entities';

/** The rules across a project's fields (db/schema/rules.ts), checked as the analyst types. */
export const projectRules: Rules = (values) => projectIssues(values as unknown as Project);

/** The projects table: the required fields first, so a block pasted from the name column can create rows. */
export function useProjectColumns(references: ReferenceCache): GridColumn[] {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const ctx = useKindContext(references);
  return useMemo(() => {
    const f = (field: keyof typeof ProjectFields.shape, kind: GridColumn['kind'], width: number, extra?: Parameters<typeof fieldColumn>[5]) =>
      fieldColumn(ProjectFields, field, t(`fields.project.${field}`), kind, width, extra);
    const money = numberKind(ctx, { display: (v, row) => ctx.format.money(v, (row?.capexCurrency as string | null) ?? null) });
    const kt = numberKind(ctx);
    const pct = numberKind(ctx, { display: (v) => ctx.format.percent(v) });
    const count = numberKind(ctx, { integer: true });
    return [
      f('name', textKind(), 260, { rowHeader: true, href: (row) => recordHref('projects', row.id) }),
      f('country', countryKind(ctx), 190),
      f('category', enumKind(ctx, 'enum.projectCategory', projectCategories), 230),
      f('stage', enumKind(ctx, 'enum.projectStage', projectStages), 180),
      f('clusterId', referenceKind(ctx, 'clusters'), 220),
      f('signedOn', partialDateKind(ctx), 150),
      f('fidOn', partialDateKind(ctx), 150),
      f('startYear', yearKind(ctx), 110),
      f('capex', money, 150),
      f('capexLow', money, 150),
      f('capexHigh', money, 150),
      f('capexCurrency', textKind({ letterCase: 'upper' }), 90),
      f('capexPriceYear', yearKind(ctx), 110),
      f('abatementKt', kt, 150, { unit: tg('units.ktPerYear') }),
      f('abatementLowKt', kt, 150, { unit: tg('units.ktPerYear') }),
      f('abatementHighKt', kt, 150, { unit: tg('units.ktPerYear') }),
      f('rampUpYears', count, 110, { unit: tg('units.years') }),
      f('jobsConstruction', count, 130),
      f('jobsPermanent', count, 130),
      f('localisationCurrentPct', pct, 130, { unit: tg('units.percent') }),
      f('localisationTargetPct', pct, 130, { unit: tg('units.percent') }),
      f('localisationTargetYear', yearKind(ctx), 130),
      f('confidence', enumKind(ctx, 'enum.confidence', confidenceLevels), 120),
      f('notes', textKind({ multiline: true }), 300),
    ];
  }, [ctx, t, tg]);
}
