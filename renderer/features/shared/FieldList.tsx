import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceLinkRow } from '../../../db/schema/relations';
import { FigureSources } from './FigureSources';

export interface FieldItem {
  /** The record's field name: source links name it, and tests find the row by it. */
  field: string;
  label: string;
  value: ReactNode | null;
  /** A number an analyst might quote; without a source it is shown as an assumption. */
  figure?: boolean;
}

/** A record's fields as a definition list, each value followed by its source when one is linked. */
export function FieldList({ items, sources }: { items: readonly FieldItem[]; sources: readonly SourceLinkRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="fields">
      {items.map((item) => (
        <div className="field" key={item.field} data-testid={`field-${item.field}`}>
          <dt>{item.label}</dt>
          <dd>
            {item.value === null ? (
              <span className="muted">{t('detail.notRecorded')}</span>
            ) : (
              <>
                <bdi className="value">{item.value}</bdi> <FigureSources field={item.field} links={sources} figure={item.figure ?? false} />
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
