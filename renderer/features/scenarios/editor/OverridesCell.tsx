import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverrideField, Resolved } from '../../../../db/scenario';
import { useFormat } from '../../../app/i18n/use-format';
import { provenanceClass, provenanceText } from '../provenance';
import type { OverrideColumn } from './override-columns';

/** The value in force in a cell and where it comes from: this scenario, a named parent, the project record, a default. */
export function ValueLine({ field, resolved }: { field: OverrideField; resolved: Resolved<unknown> | null }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  if (!resolved) return <span className={provenanceClass(null)}>{t('provenance.none')}</span>;
  const v = resolved.value;
  if (v === null || v === undefined) return <span className={provenanceClass(resolved.from)}>{t('provenance.unknown')}</span>;
  const text =
    typeof v === 'boolean'
      ? t(v ? 'include.yes' : 'include.no')
      : field === 'startYear' || field === 'localisationTargetYear'
        ? format.year(v as number)
        : format.number(v as number, 2);
  return (
    <span className={provenanceClass(resolved.from)}>
      <span className="sc-cell-value">{text}</span> · {provenanceText(t, resolved.from)}
    </span>
  );
}

/**
 * How an edit ends: saved and moving on (down, up, next, previous, or staying), or cancelled.
 * `leaving` is a click elsewhere: a value that cannot be saved is then dropped, not kept open.
 */
export type EditEnd = { commit: true; move: 'down' | 'up' | 'next' | 'previous' | 'none'; leaving?: boolean } | { commit: false };

interface EditorProps {
  column: OverrideColumn;
  label: string;
  /** The text the edit starts with: what this scenario sets, or the key typed. */
  initial: string;
  /** Shows why the text was refused; the edit stays open. */
  error: string | null;
  /** Returns whether the edit is over (false: the text was refused and the field stays open). */
  onEnd(text: string, end: EditEnd): boolean;
}

const END_KEYS: Record<string, (e: KeyboardEvent) => EditEnd> = {
  Enter: (e) => ({ commit: true, move: e.shiftKey ? 'up' : 'down' }),
  Tab: (e) => ({ commit: true, move: e.shiftKey ? 'previous' : 'next' }),
  Escape: () => ({ commit: false }),
};

/**
 * The editor open over the active cell: a text field for a number, a choice for counted or left out.
 * Enter saves, Escape cancels; leaving the cell (a click elsewhere) saves what is valid.
 */
export function CellEditor({ column, label, initial, error, onEnd }: EditorProps) {
  const { t } = useTranslation('scenarios');
  const [text, setText] = useState(initial);
  const ended = useRef(false);
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The caret goes after the text, so typing goes on from the key that opened the edit.
  useEffect(() => {
    const el = input.current;
    el?.setSelectionRange(el.value.length, el.value.length);
  }, []);
  // The field's blur as it is removed must not end the edit a second time.
  const end = (value: string, how: EditEnd) => {
    if (!ended.current) ended.current = onEnd(value, how);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    const ending = END_KEYS[e.key];
    // Keys stay with the field: the grid must not move the cell or undo while a value is typed.
    e.stopPropagation();
    if (!ending) return;
    e.preventDefault();
    end(e.currentTarget.value, ending(e));
  };
  const onBlur = (value: string) => end(value, { commit: true, move: 'none', leaving: true });
  return (
    <span className="sc-cell-editor">
      {column.kind === 'include' ? (
        <select autoFocus aria-label={label} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} onBlur={(e) => onBlur(e.target.value)}>
          <option value="">{t('choice.inherit')}</option>
          <option value={t('include.yes')}>{t('include.yes')}</option>
          <option value={t('include.no')}>{t('include.no')}</option>
        </select>
      ) : (
        <input
          ref={input}
          autoFocus
          type="text"
          inputMode="decimal"
          dir="ltr"
          aria-label={label}
          aria-invalid={error !== null}
          aria-errormessage={error ? errorId : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={(e) => onBlur(e.target.value)}
        />
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
