import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields, type NewPassphrase } from './NewPassphraseFields';
import type { PassphraseProblem } from './passphrase-check';
import './security.css';

/** Where the key of an encrypted workspace lives: kept by the operating system, or derived from a passphrase. */
export type KeyMethod = 'computer' | 'passphrase';

export interface KeyChoice extends NewPassphrase {
  method: KeyMethod;
}

/**
 * The key of a workspace about to be encrypted: a key kept by this computer (offered first, where
 * the shell has the operating system's key store) or a passphrase, typed twice.
 */
export function KeyMethodChoice({
  value,
  onChange,
  problem,
}: {
  value: KeyChoice;
  onChange: (next: KeyChoice) => void;
  problem: PassphraseProblem | null;
}) {
  const { t } = useTranslation('security');
  const id = useId();
  const option = (method: KeyMethod, label: 'method.computer' | 'method.passphrase', hint: 'method.computerHint' | 'method.passphraseHint') => (
    <div className="key-method">
      <label className="radio">
        <input type="radio" name={id} checked={value.method === method} aria-describedby={`${id}-${method}`} onChange={() => onChange({ ...value, method })} />
        {t(label)}
      </label>
      <p id={`${id}-${method}`} className="hint">
        {t(hint)}
      </p>
    </div>
  );
  return (
    <fieldset className="key-method-choice">
      <legend>{t('method.legend')}</legend>
      {option('computer', 'method.computer', 'method.computerHint')}
      {option('passphrase', 'method.passphrase', 'method.passphraseHint')}
      {value.method === 'passphrase' && <NewPassphraseFields value={value} onChange={(next) => onChange({ ...value, ...next })} problem={problem} />}
    </fieldset>
  );
}
