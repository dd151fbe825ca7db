import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import { ltr } from '../i18n/isolate';
import { Progress } from '../progress/Progress';
import './security.css';
import type { KeptKey, WorkspaceStore } from './workspace-store';

/** The name of a file, whichever separator its path uses. */
const nameOf = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/**
 * Unlocks an encrypted workspace: when one was opened, when the app started with one, and after it
 * was locked. A workspace whose key this computer keeps unlocks with one button (the analyst's
 * action, so that a lock means something); any other asks for its passphrase, as does one whose
 * kept key cannot be used. A wrong passphrase says so and leaves the field for another try.
 */
export function UnlockScreen({ store, file }: { store: WorkspaceStore; file: string }) {
  const { t } = useTranslation('security');
  const { pending, actionError, idleLocked, unlockWithKeptKey, keptKey, showStart } = useStore(store);
  const [kept, setKept] = useState<KeptKey | null>(null);
  const [keyFailed, setKeyFailed] = useState(false);
  const busy = pending !== null;
  useEffect(() => {
    let live = true;
    void keptKey().then((k) => live && setKept(k));
    return () => {
      live = false;
    };
  }, [keptKey, file]);
  const name = ltr(nameOf(file));

  return (
    <main className="start-screen unlock-screen">
      <h1>{t('unlock.title')}</h1>
      {idleLocked && <p>{t('idle.lockedNote')}</p>}
      {kept === 'unreadable' && (
        <p className="notice notice-warning" role="note">
          {t('unlock.keyUnreadable', { file: name })}
        </p>
      )}
      {kept === 'kept' && !keyFailed ? (
        <div className="start-form">
          <p>{t('unlock.keptIntro', { file: name })}</p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void unlockWithKeptKey().then(() => setKeyFailed(store.getState().actionError !== null))}>
              {t('unlock.submit')}
            </button>
            <button type="button" disabled={busy} onClick={showStart}>
              {t('unlock.other')}
            </button>
          </div>
        </div>
      ) : (
        kept !== null && <PassphraseForm store={store} name={name} onOther={showStart} />
      )}
      {busy && <Progress label={t('unlock.unlocking')} />}
      {actionError && <ErrorNotice error={actionError} />}
    </main>
  );
}

function PassphraseForm({ store, name, onOther }: { store: WorkspaceStore; name: string; onOther: () => void }) {
  const { t } = useTranslation('security');
  const { pending, actionError, unlock } = useStore(store);
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  const busy = pending !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && passphrase) void unlock(passphrase).then(() => setPassphrase(''));
  };
  return (
    <form className="start-form" onSubmit={submit}>
      <p id={`${id}-intro`}>{t('unlock.intro', { file: name })}</p>
      <label htmlFor={`${id}-passphrase`}>{t('passphrase.label')}</label>
      <input
        id={`${id}-passphrase`}
        type="password"
        autoComplete="current-password"
        // The screen exists to take this one entry.
        autoFocus
        aria-describedby={`${id}-intro`}
        aria-invalid={actionError?.code === 'WRONG_KEY'}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={busy || !passphrase}>
          {t('unlock.submit')}
        </button>
        <button type="button" disabled={busy} onClick={onOther}>
          {t('unlock.other')}
        </button>
      </div>
    </form>
  );
}
