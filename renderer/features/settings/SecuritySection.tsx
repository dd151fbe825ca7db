import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { ltr } from '../../app/i18n/isolate';
import { KeyMethodChoice, type KeyChoice } from '../../app/workspace/KeyMethodChoice';
import { NewPassphraseFields, type NewPassphrase } from '../../app/workspace/NewPassphraseFields';
import { passphraseProblem } from '../../app/workspace/passphrase-check';
import { useWorkspaceInfo } from '../../app/workspace/workspace-info-context';
import { ErrorNotice } from '../shared/ErrorNotice';
import { toErrorShape } from '../shared/query-store';

const empty: NewPassphrase = { passphrase: '', repeat: '' };

type KeyStatus = MethodOutput<'keyStore.status'>;

/** Whether the shell can keep keys, and keeps this workspace's; asked again when the workspace changes. */
function useKeyStatus(client: Client, file: string | undefined, encrypted: boolean | undefined): KeyStatus | null {
  const [status, setStatus] = useState<KeyStatus | null>(null);
  useEffect(() => {
    let live = true;
    client.api('keyStore.status', {}).then(
      (s) => live && setStatus(s),
      // Without an answer, the passphrase is still there: offer only that.
      () => live && setStatus({ available: false, key: 'none' }),
    );
    return () => {
      live = false;
    };
  }, [client, file, encrypted]);
  return status;
}

/**
 * Settings ▸ Security: encrypt a plain workspace, with a key kept by this computer (where the shell
 * can keep one) or a passphrase; for an encrypted one, lock it now, and change the passphrase of
 * one that has a passphrase. Each acts at once, apart from the settings form above.
 */
export function SecuritySection({ client }: { client: Client }) {
  const { t } = useTranslation('security');
  const info = useWorkspaceInfo();
  const status = useKeyStatus(client, info?.file, info?.encrypted);
  const id = useId();
  if (!info || !status) return null;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      {info.encrypted ? <EncryptedActions client={client} keptByComputer={status.key !== 'none'} /> : <EncryptForm client={client} keyStore={status.available} />}
    </section>
  );
}

/** Runs one action, remembering its error or its outcome. */
function useAction<T>() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState<T | null>(null);
  const run = async (action: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (err) {
      setError(toErrorShape(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, run };
}

function EncryptForm({ client, keyStore }: { client: Client; keyStore: boolean }) {
  const { t } = useTranslation('security');
  const id = useId();
  const [value, setValue] = useState<KeyChoice>({ ...empty, method: keyStore ? 'computer' : 'passphrase' });
  const [keepPlainCopy, setKeepPlainCopy] = useState(false);
  const [tried, setTried] = useState(false);
  const { busy, error, done, run } = useAction<{ plainCopy: string | null }>();
  const withPassphrase = value.method === 'passphrase';
  const problem = tried && withPassphrase ? passphraseProblem(value.passphrase, value.repeat) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (busy) return;
    if (!withPassphrase) return void run(() => client.api('keyStore.encrypt', { keepPlainCopy }));
    if (passphraseProblem(value.passphrase, value.repeat)) return;
    void run(() => client.api('workspace.encrypt', { passphrase: value.passphrase, keepPlainCopy }));
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p>{t('settings.plainIntro')}</p>
      <h3 id={`${id}-title`}>{t('settings.encryptTitle')}</h3>
      {keyStore ? (
        <KeyMethodChoice value={value} onChange={setValue} problem={problem} />
      ) : (
        <NewPassphraseFields value={value} onChange={(next) => setValue({ ...value, ...next })} problem={problem} />
      )}
      <label className="checkbox">
        <input type="checkbox" checked={keepPlainCopy} aria-describedby={`${id}-keep`} onChange={(e) => setKeepPlainCopy(e.target.checked)} />
        {t('settings.keepPlain')}
      </label>
      <p id={`${id}-keep`} className="hint">
        {t('settings.keepPlainHint')}
      </p>
      <button type="submit" disabled={busy}>
        {t(busy ? 'settings.encrypting' : 'settings.encrypt')}
      </button>
      {done && (
        <p role="status">
          {t('settings.encrypted')} {done.plainCopy && t('settings.plainCopyKept', { file: ltr(done.plainCopy) })}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

function EncryptedActions({ client, keptByComputer }: { client: Client; keptByComputer: boolean }) {
  const { t } = useTranslation('security');
  const id = useId();
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState(empty);
  const [tried, setTried] = useState(false);
  const change = useAction<unknown>();
  const lock = useAction<unknown>();
  const problem = tried ? passphraseProblem(value.passphrase, value.repeat) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (change.busy || passphraseProblem(value.passphrase, value.repeat)) return;
    void change.run(async () => {
      await client.api('workspace.changePassphrase', { current, next: value.passphrase });
      setCurrent('');
      setValue(empty);
      setTried(false);
      return true;
    });
  };
  return (
    <>
      <p>{t(keptByComputer ? 'settings.keptIntro' : 'settings.encryptedIntro')}</p>
      <button type="button" disabled={lock.busy} onClick={() => void lock.run(() => client.api('workspace.lock', {}))}>
        {t('settings.lockNow')}
      </button>
      {lock.error && <ErrorNotice error={lock.error} />}
      {/* A key kept by this computer has no passphrase to change. */}
      {!keptByComputer && (
        <form onSubmit={submit} aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`}>{t('settings.changeTitle')}</h3>
          <div className="passphrase-fields">
            <label htmlFor={`${id}-current`}>{t('settings.current')}</label>
            <input id={`${id}-current`} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </div>
          <NewPassphraseFields value={value} onChange={setValue} problem={problem} labels={{ passphrase: 'settings.next', repeat: 'settings.confirmNext' }} />
          <button type="submit" disabled={change.busy || !current}>
            {t('settings.change')}
          </button>
          {change.done !== null && <p role="status">{t('settings.changed')}</p>}
          {change.error && <ErrorNotice error={change.error} />}
        </form>
      )}
    </>
  );
}
