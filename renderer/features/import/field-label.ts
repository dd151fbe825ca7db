import { useTranslation } from 'react-i18next';
import type { Inspection, ImportTable } from './import-store';

type Field = Inspection['fields'][number];

/** The record type whose field names the main catalogue already has (fields.project.capex). */
const ENTITY: Record<ImportTable, string> = {
  clusters: 'cluster',
  projects: 'project',
  partners: 'partner',
  agreements: 'agreement',
  sources: 'source',
  indicators: 'indicator',
};

/**
 * A field's name in the interface's language: the grid's own label where there is one, then the
 * import catalogue's (ID, subject, references), then the file format's English label.
 */
export function useImportFieldLabel(table: ImportTable): (field: Field) => string {
  const { t, i18n } = useTranslation('import');
  return (field) => {
    const own = `translation:fields.${ENTITY[table]}.${field.stored}`;
    if (i18n.exists(own)) return String(t(own as 'open'));
    const shared = `fields.${field.key}`;
    return i18n.exists(shared, { ns: 'import' }) ? String(t(shared as 'open')) : field.label;
  };
}
