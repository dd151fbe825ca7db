import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportFieldLabel } from './field-label';
import type { ImportTable, Inspection, Preview } from './import-store';
import { ReportTable } from './ReportTable';

/** A stored value as text: lists joined, empty as a dash. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** What the import will do: counts, the first rows as they will be stored, and the validation report. */
export function PreviewSection({ table, inspection, mapping, preview }: { table: ImportTable; inspection: Inspection; mapping: (string | null)[]; preview: Preview }) {
  const { t } = useTranslation('import');
  const id = useId();
  const label = useImportFieldLabel(table);
  const fields = mapping.flatMap((key) => inspection.fields.find((f) => f.key === key) ?? []);
  const { counts } = preview;
  const ref = useRef<HTMLElement>(null);
  // A new check's outcome is below the controls that asked for it: bring it into view, focus stays put.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [preview]);
  return (
    <section ref={ref} className="import-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('preview.title')}</h3>
      <ul className="import-counts" role="status">
        <li>{t('preview.insert', { count: counts.insert })}</li>
        <li>{t('preview.update', { count: counts.update })}</li>
        <li>{t('preview.skip', { count: counts.skip })}</li>
        <li>{t('preview.errors', { count: preview.errors })}</li>
        {preview.warnings > 0 && <li>{t('preview.warnings', { count: preview.warnings })}</li>}
      </ul>
      <div className="table-scroll">
        <table className="import-preview-table">
          <caption className="visually-hidden">{t('preview.caption', { count: preview.rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.row')}</th>
              <th scope="col">{t('preview.action')}</th>
              {fields.map((f) => (
                <th scope="col" key={f.key}>
                  {label(f)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row} className={r.issues.some((i) => i.severity === 'error') ? 'import-row-invalid' : undefined}>
                <th scope="row" className="numeric">
                  {r.row}
                </th>
                <td>{t(`preview.actions.${r.action}`)}</td>
                {fields.map((f) => (
                  <td key={f.key}>
                    <bdi>{shown(r.names[f.stored] ?? r.values[f.stored])}</bdi>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.unresolved.length > 0 && (
        <div className="import-unresolved">
          <h4>{t('unresolved.title')}</h4>
          <ul>
            {preview.unresolved.map((u) => (
              <li key={u.column}>
                {t('unresolved.line', { column: u.column, count: u.names.length })} <bdi>{u.names.join(', ')}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ReportTable issues={preview.issues} total={preview.errors + preview.warnings} table={table} fields={inspection.fields} />
    </section>
  );
}
