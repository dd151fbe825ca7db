import { useTranslation } from 'react-i18next';
import type { HistoryTable } from '../data/entity-api';
import type { Client } from '../../api/client';
import { useFormat } from '../../app/i18n/use-format';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import { usePanelData } from './use-panel-data';

const show = (v: unknown) => (v === null || v === undefined ? '—' : Array.isArray(v) ? v.join('; ') : String(v));

/** What changed in the record, newest first: when, by which kind of step, each field's old and new value. */
export function RecordHistory({ client, table, id, fieldLabel }: { client: Client; table: HistoryTable; id: number; fieldLabel(field: string): string }) {
  const { t } = useTranslation('grid');
  const format = useFormat();
  const { data, error } = usePanelData(client, `${table}:${id}`, () => client.api('history.record', { table, id, limit: 50 }), [table]);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  if (data.length === 0) return <p className="muted">{t('history.none')}</p>;
  return (
    <ol className="record-history">
      {data.map((entry) => (
        <li key={`${entry.changeSetId}:${entry.action}`}>
          <p className="history-when">
            <time dateTime={entry.at}>{format.timestamp(entry.at)}</time> · {t(`history.kind.${entry.kind}`)} · {t(`history.action.${entry.action}`)}
          </p>
          {entry.changes.length > 0 && (
            <table className="history-changes">
              <thead>
                <tr>
                  <th scope="col">{t('history.field')}</th>
                  <th scope="col">{t('history.before')}</th>
                  <th scope="col">{t('history.after')}</th>
                </tr>
              </thead>
              <tbody>
                {entry.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{fieldLabel(c.field)}</th>
                    <td>
                      <bdi>{show(c.before)}</bdi>
                    </td>
                    <td>
                      <bdi>{show(c.after)}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
