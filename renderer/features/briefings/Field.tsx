import type { ReactNode } from 'react';

/** A labelled control with its hint and, once there is one, its problem. */
export function Field({ id, label, hint, problem, children }: { id: string; label: string; hint?: ReactNode; problem?: string | null; children: ReactNode }) {
  return (
    <div className="briefing-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
