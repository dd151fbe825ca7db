import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClusterFields } from '../../../db/schema/entities';
import { clusterKinds, sectors } from '../../../db/schema/enums';
import { recordHref } from '../../app/routing/routes';
import { countryKind } from '../../grid/columns/country-kind';
import { partialDateKind } from '../../grid/columns/date-kind';
import { fieldColumn } from '../../grid/columns/define';
import { enumKind, multiEnumKind } from '../../grid/columns/enum-kind';
import { numberKind, yearKind } from '../../grid/columns/number-kind';
import { referenceKind } from '../../grid/columns/reference-kind';
import { textKind } from '../../grid/columns/text-kind';
import type { GridColumn } from '../../grid/columns/types';
import { useKindContext } from '../../grid/columns/use-kind-context';
import type { ReferenceCache } from '../../grid/data/references';

/** The clusters table: name, country and kind first (what a new cluster needs), then its figures. */
export function useClusterColumns(references: ReferenceCache): GridColumn[] {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const ctx = useKindContext(references);
  return useMemo(() => {
    const f = (field: keyof typeof ClusterFields.shape, kind: GridColumn['kind'], width: number, extra?: Parameters<typeof fieldColumn>[5]) =>
      fieldColumn(ClusterFields, field, t(`fields.cluster.${field}`), kind, width, extra);
    const figure = numberKind(ctx);
    return [
      f('name', textKind(), 260, { rowHeader: true, href: (row) => recordHref('clusters', row.id) }),
      f('country', countryKind(ctx), 190),
      f('kind', enumKind(ctx, 'enum.clusterKind', clusterKinds), 200),
      f('sectors', multiEnumKind(ctx, 'enum.sector', sectors), 220),
      f('location', textKind(), 180),
      f('nameLocal', textKind(), 200),
      f('leadPartnerId', referenceKind(ctx, 'partners'), 220),
      f('initiativeId', referenceKind(ctx, 'initiatives'), 220),
      f('joinedOn', partialDateKind(ctx), 150),
      f('joinedEvent', textKind(), 180),
      f('netZeroCommitment', textKind(), 220),
      f('baselineMt', figure, 140, { unit: tg('units.mtPerYear') }),
      f('baselineYear', yearKind(ctx), 110),
      f('reductionPotentialMt', figure, 170, { unit: tg('units.mtPerYear') }),
      f('gdpUsdBn', figure, 140, { unit: tg('units.usdBn') }),
      f('jobs', numberKind(ctx, { integer: true }), 120),
      f('notes', textKind({ multiline: true }), 300),
    ];
  }, [ctx, t, tg]);
}
