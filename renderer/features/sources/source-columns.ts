import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceFields } from '../../../db/schema/entities';
import { recordHref } from '../../app/routing/routes';
import { partialDateKind } from '../../grid/columns/date-kind';
import { fieldColumn } from '../../grid/columns/define';
import { textKind } from '../../grid/columns/text-kind';
import type { GridColumn } from '../../grid/columns/types';
import { useKindContext } from '../../grid/columns/use-kind-context';
import type { ReferenceCache } from '../../grid/data/references';

/** The sources table: a new source needs only its title. */
export function useSourceColumns(references: ReferenceCache): GridColumn[] {
  const { t } = useTranslation();
  const ctx = useKindContext(references);
  return useMemo(() => {
    const f = (field: keyof typeof SourceFields.shape, kind: GridColumn['kind'], width: number, extra?: Parameters<typeof fieldColumn>[5]) =>
      fieldColumn(SourceFields, field, t(`fields.source.${field}`), kind, width, extra);
    return [
      f('title', textKind(), 340, { rowHeader: true, href: (row) => recordHref('sources', row.id) }),
      f('publisher', textKind(), 220),
      f('publishedOn', partialDateKind(ctx), 160),
      f('language', textKind({ letterCase: 'lower' }), 100),
      f('url', textKind(), 260),
      f('file', textKind(), 200),
      f('reliability', textKind({ multiline: true }), 260),
    ];
  }, [ctx, t]);
}
