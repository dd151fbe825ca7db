import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, type PassphraseProblem } from './passphrase-check';

export interface NewPassphrase {
  passphrase: string;
  repeat: string;
}

/**
 * A new passphrase typed twice, with what is wrong with it once the analyst has tried to use it.
 * Used when creating an encrypted workspace, encrypting one and changing the passphrase.
 */
export function NewPassphraseFields({
  value,
  onChange,
  problem,
  labels = { passphrase: 'passphrase.label', repeat: 'passphrase.confirm' },
}: {
  value: NewPassphrase;
  onChange: (next: NewPassphrase) => void;
  problem: PassphraseProblem | null;
  labels?: { passphrase: 'passphrase.label' | 'settings.next'; repeat: 'passphrase.confirm' | 'settings.confirmNext' };
}) {
  const { t } = useTranslation('security');
  const id = useId();
  const problemId = `${id}-problem`;
  const described = problem ? `${problemId} ${id}-forgotten` : `${id}-forgotten`;
  return (
    <div className="passphrase-fields">
      <label htmlFor={`${id}-passphrase`}>{t(labels.passphrase)}</label>
      <input
        id={`${id}-passphrase`}
        type="password"
        autoComplete="new-password"
        aria-invalid={problem === 'tooShort'}
        aria-describedby={described}
        value={value.passphrase}
        onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
      />
      <label htmlFor={`${id}-repeat`}>{t(labels.repeat)}</label>
      <input
        id={`${id}-repeat`}
        type="password"
        autoComplete="new-password"
        aria-invalid={problem === 'mismatch'}
        aria-describedby={described}
        value={value.repeat}
        onChange={(e) => onChange({ ...value, repeat: e.target.value })}
      />
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          {problem === 'tooShort' ? t('passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : t('passphrase.mismatch')}
        </p>
      )}
      <p id={`${id}-forgotten`} className="hint">
        {t('passphrase.forgotten')}
      </p>
    </div>
  );
}
