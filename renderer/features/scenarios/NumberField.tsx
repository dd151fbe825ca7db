import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/use-format';
import { numberToText } from '../../grid/model/number-text';
import { checkNumber, type NumberRule } from './number-input';
import { useSeparators } from './use-separators';

interface Props {
  label: string;
  /** The value this scenario sets; null shows an empty field (the value is inherited). */
  value: number | null;
  rule: NumberRule;
  /** The inherited value, shown greyed in the empty field. */
  placeholder?: string;
  onChange(value: number | null): void;
  /** Hides the label visually where a table header already says it. */
  hideLabel?: boolean;
  describedBy?: string;
}

/**
 * A number an analyst types, in their language's conventions. Every valid keystroke is passed on
 * at once (the results recompute live); a value out of its range says why and is not passed on.
 */
export function NumberField({ label, value, rule, placeholder, onChange, hideLabel, describedBy }: Props) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const separators = useSeparators();
  const shown = value === null ? '' : numberToText(value, separators.decimal);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // A value changed elsewhere (a reload, an undo) replaces the text, unless the field is being typed in.
  useEffect(() => {
    if (error === null) setText(shown);
  }, [shown, error]);

  const change = (next: string) => {
    setText(next);
    const checked = checkNumber(next, rule, separators);
    if (!checked.ok) {
      setError(t(`number.${checked.error}`, { min: format.number(rule.min), max: format.number(rule.max ?? 0) }));
      return;
    }
    setError(null);
    onChange(checked.value);
  };
  return (
    <span className="sc-number-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        dir="ltr"
        value={text}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={[describedBy, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined}
        onChange={(e) => change(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
