import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementFields } from '../../../db/schema/entities';
import { agreementKinds, agreementStatuses } from '../../../db/schema/enums';
import { recordHref } from '../../app/routing/routes';
import { partialDateKind } from '../../grid/columns/date-kind';
import { fieldColumn } from '../../grid/columns/define';
import { enumKind } from '../../grid/columns/enum-kind';
import { textKind } from '../../grid/columns/text-kind';
import type { GridColumn } from '../../grid/columns/types';
import { useKindContext } from '../../grid/columns/use-kind-context';
import type { ReferenceCache } from '../../grid/data/references';

/** The agreements table: title, kind and status, which a new agreement needs, first. */
export function useAgreementColumns(references: ReferenceCache): GridColumn[] {
  const { t } = useTranslation();
  const ctx = useKindContext(references);
  return useMemo(() => {
    const f = (field: keyof typeof AgreementFields.shape, kind: GridColumn['kind'], width: number, extra?: Parameters<typeof fieldColumn>[5]) =>
      fieldColumn(AgreementFields, field, t(`fields.agreement.${field}`), kind, width, extra);
    return [
      f('title', textKind(), 320, { rowHeader: true, href: (row) => recordHref('agreements', row.id) }),
      f('kind', enumKind(ctx, 'enum.agreementKind', agreementKinds), 230),
      f('status', enumKind(ctx, 'enum.agreementStatus', agreementStatuses), 140),
      f('signedOn', partialDateKind(ctx), 160),
      f('event', textKind(), 220),
      f('notes', textKind({ multiline: true }), 300),
    ];
  }, [ctx, t]);
}
