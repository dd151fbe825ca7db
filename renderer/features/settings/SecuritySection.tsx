import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../db/contract/result';
import type { Client } from '../../api/client';
import { ltr } from '../../app/i18n/isolate';
import { NewPassphraseFields, type NewPassphrase } from '../../app/workspace/NewPassphraseFields';
import { passphraseProblem } from '../../app/workspace/passphrase-check';
import { useWorkspaceInfo } from '../../app/workspace/workspace-info-context';
import { ErrorNotice } from '../shared/ErrorNotice';
import { toErrorShape } from '../shared/query-store';

const empty: NewPassphrase = { passphrase: '', repeat: '' };

/**
 * Settings ▸ Security: encrypt a plain workspace; for an encrypted one, change the passphrase or
 * lock it now. Each acts at once, apart from the settings form above.
 */
export function SecuritySection({ client }: { client: Client }) {
  const { t } = useTranslation('security');
  const info = useWorkspaceInfo();
  const id = useId();
  if (!info) return null;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      {info.encrypted ? <EncryptedActions client={client} /> : <EncryptForm client={client} />}
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

function EncryptForm({ client }: { client: Client }) {
  const { t } = useTranslation('security');
  const id = useId();
  const [value, setValue] = useState(empty);
  const [keepPlainCopy, setKeepPlainCopy] = useState(false);
  const [tried, setTried] = useState(false);
  const { busy, error, done, run } = useAction<{ plainCopy: string | null }>();
  const problem = tried ? passphraseProblem(value.passphrase, value.repeat) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (busy || passphraseProblem(value.passphrase, value.repeat)) return;
    void run(() => client.api('workspace.encrypt', { passphrase: value.passphrase, keepPlainCopy }));
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p>{t('settings.plainIntro')}</p>
      <h3 id={`${id}-title`}>{t('settings.encryptTitle')}</h3>
      <NewPassphraseFields value={value} onChange={setValue} problem={problem} />
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

function EncryptedActions({ client }: { client: Client }) {
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
      <p>{t('settings.encryptedIntro')}</p>
      <button type="button" disabled={lock.busy} onClick={() => void lock.run(() => client.api('workspace.lock', {}))}>
        {t('settings.lockNow')}
      </button>
      {lock.error && <ErrorNotice error={lock.error} />}
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
    </>
  );
}
