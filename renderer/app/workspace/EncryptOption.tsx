import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyMethodChoice, type KeyChoice } from './KeyMethodChoice';
import { NewPassphraseFields } from './NewPassphraseFields';
import type { PassphraseProblem } from './passphrase-check';
import './security.css';

export interface EncryptChoice extends KeyChoice {
  encrypt: boolean;
}

export const noEncryption: EncryptChoice = { encrypt: false, method: 'computer', passphrase: '', repeat: '' };

/**
 * The key a new workspace is encrypted with, or none. `keyStore` is whether the shell can keep a
 * key for it (Electron with the system's key store); without, the only choice is a passphrase.
 */
export function keyOf(choice: EncryptChoice, keyStore: boolean): 'none' | 'computer' | 'passphrase' {
  if (!choice.encrypt) return 'none';
  return keyStore ? choice.method : 'passphrase';
}

/** On the start screen: whether a new workspace is encrypted, and with which key. */
export function EncryptOption({
  value,
  onChange,
  problem,
  keyStore,
}: {
  value: EncryptChoice;
  onChange: (next: EncryptChoice) => void;
  problem: PassphraseProblem | null;
  keyStore: boolean;
}) {
  const { t } = useTranslation('security');
  const hintId = useId();
  return (
    <fieldset className="encrypt-option">
      <label className="checkbox">
        <input type="checkbox" checked={value.encrypt} aria-describedby={hintId} onChange={(e) => onChange({ ...value, encrypt: e.target.checked })} />
        {t(keyStore ? 'create.encryptAny' : 'create.encrypt')}
      </label>
      <p id={hintId} className="hint">
        {t(keyStore ? 'create.hintAny' : 'create.hint')}
      </p>
      {value.encrypt &&
        (keyStore ? (
          <KeyMethodChoice value={value} onChange={(next) => onChange({ ...value, ...next })} problem={problem} />
        ) : (
          <NewPassphraseFields value={value} onChange={(next) => onChange({ ...value, ...next })} problem={problem} />
        ))}
    </fieldset>
  );
}
