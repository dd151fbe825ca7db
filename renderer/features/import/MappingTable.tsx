import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useImportFieldLabel } from './field-label';
import type { ImportStore, Inspection } from './import-store';

const cellText = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** One row per column of the file: its header, a value from it, and the field it fills. */
export function MappingTable({ store, inspection }: { store: ImportStore; inspection: Inspection }) {
  const { t } = useTranslation('import');
  const id = useId();
  const { mapping, busy, setMapping } = useStore(store);
  const label = useImportFieldLabel(store.getState().table);
  const missing = inspection.fields.filter((f) => f.required && !mapping.includes(f.key));
  return (
    <section className="import-mapping" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('mapping.title')}</h3>
      {inspection.remembered && <p className="hint">{t('mapping.remembered')}</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('mapping.column')}</th>
              <th scope="col">{t('mapping.example')}</th>
              <th scope="col">{t('mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {inspection.header.map((header, i) => (
              <tr key={i}>
                <th scope="row">
                  <bdi>{header}</bdi>
                </th>
                <td>
                  <bdi>{cellText(inspection.sample[0]?.[i])}</bdi>
                </td>
                <td>
                  <select
                    aria-label={t('mapping.fieldFor', { column: header })}
                    value={mapping[i] ?? ''}
                    disabled={busy !== null}
                    onChange={(e) => setMapping(i, e.target.value || null)}
                  >
                    <option value="">{t('mapping.skip')}</option>
                    {inspection.fields.map((f) => (
                      <option key={f.key} value={f.key}>
                        {f.required ? t('mapping.required', { field: label(f) }) : label(f)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && (
        <p className="hint" role="status">
          {t('mapping.missing', { fields: missing.map(label).join(', '), count: missing.length })}
        </p>
      )}
    </section>
  );
}
