import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { useFormat } from '../../app/i18n/use-format';
import { Progress } from '../../app/progress/Progress';
import { ErrorNotice } from '../shared/ErrorNotice';
import { toErrorShape } from '../shared/query-store';
import { sizeOf, useBackupList } from './backups-list';
import { RestoreConfirm } from './RestoreConfirm';

type Outcome = { kind: 'made'; file: string } | { kind: 'restored'; when: string; aside: string };
type Backup = MethodOutput<'backups.now'>;

/**
 * The backups of the open workspace: "Back up now", the list (newest first, with date, kind and
 * size), and restore after a confirmation. The folder and how many automatic backups are kept
 * are the settings above; the list follows the saved settings, not the form being edited.
 */
export function BackupsSection({ client, folder }: { client: Client; folder: string | null }) {
  const { t } = useTranslation('export');
  const format = useFormat();
  const id = useId();
  const { list, error: listError, reload } = useBackupList(client, folder);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [asking, setAsking] = useState<Backup | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const act = async (kind: 'backup' | 'restore', call: () => Promise<Outcome>) => {
    setBusy(kind);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await call());
      await reload();
    } catch (err) {
      setError(toErrorShape(err));
    } finally {
      setBusy(null);
    }
  };
  const backUp = () => act('backup', async () => ({ kind: 'made', file: (await client.api('backups.now', { folder })).file }));
  const restore = (b: Backup) =>
    act('restore', async () => ({ kind: 'restored', when: format.timestamp(b.at), aside: (await client.api('backups.restore', { file: b.file })).asideFile }));
  const size = (bytes: number) => {
    const { unit, value } = sizeOf(bytes);
    return t(`backups.size.${unit}`, { value: format.number(value, 1) });
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`} data-testid="backups">
      <h2 id={`${id}-title`}>{t('backups.title')}</h2>
      {list && (
        <p className="hint">
          {t('backups.folder')} <bdi dir="ltr">{list.folder}</bdi>
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void backUp()} disabled={busy !== null}>
          {t('backups.now')}
        </button>
      </div>
      {busy && <Progress label={busy === 'backup' ? t('backups.making') : t('backups.restoring')} />}
      <div role="status" aria-live="polite">
        {outcome?.kind === 'made' && (
          <p>
            {t('backups.made')} <bdi dir="ltr">{outcome.file}</bdi>
          </p>
        )}
        {outcome?.kind === 'restored' && (
          <p>
            {t('backups.restored', { when: outcome.when })} <bdi dir="ltr">{outcome.aside}</bdi>
          </p>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
      {listError && <ErrorNotice error={listError} onRetry={() => void reload()} />}
      {list && list.backups.length === 0 && <p className="muted">{t('backups.none')}</p>}
      {list && list.backups.length > 0 && (
        <div className="table-scroll">
          <table className="backups-table">
            <caption className="visually-hidden">{t('backups.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backups.when')}</th>
                <th scope="col">{t('backups.kind')}</th>
                <th scope="col" className="numeric">
                  {t('backups.sizeColumn')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((b) => (
                <tr key={b.file}>
                  <td title={b.file}>{format.timestamp(b.at)}</td>
                  <td>{b.automatic ? t('backups.automatic') : t('backups.manual')}</td>
                  <td className="numeric">{size(b.bytes)}</td>
                  <td>
                    <button type="button" className="secondary" disabled={busy !== null} onClick={() => setAsking(b)} aria-label={t('backups.restoreOne', { when: format.timestamp(b.at) })}>
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {asking && (
        <RestoreConfirm
          when={format.timestamp(asking.at)}
          onAnswer={(yes) => {
            const chosen = asking;
            setAsking(null);
            if (yes) void restore(chosen);
          }}
        />
      )}
    </section>
  );
}
