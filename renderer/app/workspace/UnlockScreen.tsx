import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ErrorNotice } from '../../features/shared/ErrorNotice';
import { ltr } from '../i18n/isolate';
import { Progress } from '../progress/Progress';
import './security.css';
import type { WorkspaceStore } from './workspace-store';

/** The name of a file, whichever separator its path uses. */
const nameOf = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/**
 * Asks for the passphrase of an encrypted workspace: when one was opened, when the app started
 * with one, and after it was locked. A wrong passphrase says so and leaves the field for another try.
 */
export function UnlockScreen({ store, file }: { store: WorkspaceStore; file: string }) {
  const { t } = useTranslation('security');
  const { pending, actionError, idleLocked, unlock, showStart } = useStore(store);
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  const busy = pending !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && passphrase) void unlock(passphrase).then(() => setPassphrase(''));
  };

  return (
    <main className="start-screen unlock-screen">
      <h1>{t('unlock.title')}</h1>
      {idleLocked && <p>{t('idle.lockedNote')}</p>}
      <form className="start-form" onSubmit={submit}>
        <p id={`${id}-intro`}>{t('unlock.intro', { file: ltr(nameOf(file)) })}</p>
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
          <button type="button" disabled={busy} onClick={showStart}>
            {t('unlock.other')}
          </button>
        </div>
      </form>
      {busy && <Progress label={t('unlock.unlocking')} />}
      {actionError && <ErrorNotice error={actionError} />}
    </main>
  );
}
