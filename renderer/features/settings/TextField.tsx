import type { ReactNode } from 'react';

/** A labelled text field with its hint, and its problem beside it once there is one. */
export function TextField({
  id,
  label,
  hint,
  problem,
  value,
  onChange,
  dir,
  numeric,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  problem: string | null;
  value: string;
  onChange: (value: string) => void;
  dir?: 'ltr' | 'auto';
  numeric?: boolean;
}) {
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const described = [problem ? problemId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        dir={dir}
        inputMode={numeric ? 'numeric' : undefined}
        className={numeric ? 'settings-number' : undefined}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem !== null}
        aria-describedby={described}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <p id={problemId} className="field-error">
          {problem}
        </p>
      )}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
