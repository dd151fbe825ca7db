import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields, type NewPassphrase } from './NewPassphraseFields';
import type { PassphraseProblem } from './passphrase-check';
import './security.css';

export interface EncryptChoice extends NewPassphrase {
  encrypt: boolean;
}

export const noEncryption: EncryptChoice = { encrypt: false, passphrase: '', repeat: '' };

/** On the start screen: whether a new workspace is encrypted, and with which passphrase. */
export function EncryptOption({
  value,
  onChange,
  problem,
}: {
  value: EncryptChoice;
  onChange: (next: EncryptChoice) => void;
  problem: PassphraseProblem | null;
}) {
  const { t } = useTranslation('security');
  const hintId = useId();
  return (
    <fieldset className="encrypt-option">
      <label className="checkbox">
        <input type="checkbox" checked={value.encrypt} aria-describedby={hintId} onChange={(e) => onChange({ ...value, encrypt: e.target.checked })} />
        {t('create.encrypt')}
      </label>
      <p id={hintId} className="hint">
        {t('create.hint')}
      </p>
      {value.encrypt && <NewPassphraseFields value={value} onChange={(next) => onChange({ ...value, ...next })} problem={problem} />}
    </fieldset>
  );
}
