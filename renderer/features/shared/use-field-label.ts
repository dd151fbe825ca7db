import { useTranslation } from 'react-i18next';
import type { LinkableEntity } from '../../../db/schema/enums';

/**
 * The label of a field named at run time (a source link's field). Fields the catalogue does not
 * know are shown by their name rather than hidden, so a citation is never lost.
 */
export function useFieldLabel(): (entity: LinkableEntity, field: string) => string {
  const { t, i18n } = useTranslation();
  return (entity, field) => {
    const key = `fields.${entity}.${field}`;
    return i18n.exists(key) ? String(t(key as 'fields.cluster.name')) : field;
  };
}
