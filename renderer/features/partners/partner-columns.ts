import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PartnerFields } from '../../../db/schema/entities';
import { partnerKinds } from '../../../db/schema/enums';
import { recordHref } from '../../app/routing/routes';
import { countryKind } from '../../grid/columns/country-kind';
import { fieldColumn } from '../../grid/columns/define';
import { enumKind } from '../../grid/columns/enum-kind';
import { referenceKind } from '../../grid/columns/reference-kind';
import { textKind } from '../../grid/columns/text-kind';
import type { GridColumn } from '../../grid/columns/types';
import { useKindContext } from '../../grid/columns/use-kind-context';
import type { ReferenceCache } from '../../grid/data/references';

/** The partners table: name and kind, which a new partner needs, come within the first three columns. */
export function usePartnerColumns(references: ReferenceCache): GridColumn[] {
  const { t } = useTranslation();
  const ctx = useKindContext(references);
  return useMemo(() => {
    const f = (field: keyof typeof PartnerFields.shape, kind: GridColumn['kind'], width: number, extra?: Parameters<typeof fieldColumn>[5]) =>
      fieldColumn(PartnerFields, field, t(`fields.partner.${field}`), kind, width, extra);
    return [
      f('name', textKind(), 280, { rowHeader: true, href: (row) => recordHref('partners', row.id) }),
      f('shortName', textKind(), 140),
      f('kind', enumKind(ctx, 'enum.partnerKind', partnerKinds), 220),
      f('country', countryKind(ctx), 190),
      f('parentId', referenceKind(ctx, 'partners'), 240),
      f('notes', textKind({ multiline: true }), 300),
    ];
  }, [ctx, t]);
}
