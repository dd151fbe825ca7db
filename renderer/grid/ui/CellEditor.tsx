import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn, Option, Row } from '../columns/types';
import type { Message } from '../model/messages';
import type { Move } from './controller';
import { useMessageText } from './MessageText';

interface Props {
  column: GridColumn;
  row: Row | undefined;
  initial: string;
  message: Message | null;
  /** The text the message judged: once the analyst types on, the live check speaks instead. */
  judgedText: string;
  pending: boolean;
  /** Rows in the selection: more than one, and Ctrl+Enter writes the value into all of them. */
  selectedRows: number;
  style: React.CSSProperties;
  check(text: string): Promise<Message | null>;
  commit(text: string, move: Move, all: boolean): void;
  cancel(): void;
}

/** Delay before a check or a search that asks the store (a reference's name), so typing stays smooth. */
const ASK_DELAY_MS = 150;

/** What an option writes into the cell: a code or "#id" is exact, where a label could be ambiguous. */
const optionText = (column: GridColumn, o: Option) => (column.kind.name === 'reference' ? `#${o.value}` : String(o.value));

/**
 * The editor over the active cell: the right input for the column's type, suggestions for lists,
 * countries and records, and the message of what is wrong, beside the cell, while the analyst types.
 */
export function CellEditor({ column, row, initial, message, judgedText, pending, selectedRows, style, check, commit, cancel }: Props) {
  const { t } = useTranslation('grid');
  const say = useMessageText();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<Message | null>(null);
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const ids = { message: useId(), list: useId() };
  const shown = (message && judgedText === text ? message : null) ?? problem;
  const asks = column.kind.name === 'reference';

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  useEffect(() => {
    let live = true;
    const run = async () => {
      const [m, found] = await Promise.all([check(text), column.kind.suggest ? column.kind.suggest(text, row) : []]);
      if (!live) return;
      setProblem(m);
      setOptions(found);
      setActive(-1);
    };
    const timer = setTimeout(() => void run(), asks ? ASK_DELAY_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, check, column, row, asks]);

  const choose = (o: Option) => {
    if (column.kind.name === 'multi') {
      const parts = text.split(';').slice(0, -1).map((p) => p.trim()).filter(Boolean);
      setText([...parts, o.label].join('; ') + '; ');
      return;
    }
    commit(optionText(column, o), 'none', false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const open = options.length > 0 && column.kind.suggest !== undefined && text !== '';
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (open && active >= 0) setActive(-1);
      else cancel();
      return;
    }
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      setActive((a) => (e.key === 'ArrowDown' ? Math.min(options.length - 1, a + 1) : Math.max(-1, a - 1)));
      return;
    }
    if (e.key === 'Enter' && e.altKey && column.kind.multiline) {
      // Alt+Enter starts a new line inside the cell, as in Excel.
      e.preventDefault();
      const el = input.current!;
      const at = el.selectionStart ?? text.length;
      setText(text.slice(0, at) + '\n' + text.slice(el.selectionEnd ?? at));
      return;
    }
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      if (open && active >= 0) {
        if (column.kind.name === 'multi') return choose(options[active]);
        return commit(optionText(column, options[active]), e.key === 'Tab' ? (e.shiftKey ? 'previous' : 'next') : 'down', false);
      }
      const all = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
      const move: Move = e.key === 'Tab' ? (e.shiftKey ? 'previous' : 'next') : e.shiftKey ? 'up' : 'down';
      commit(text, all ? 'none' : move, all);
    }
  };

  const common = {
    ref: input,
    value: text,
    'aria-label': column.header,
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': shown ? ids.message : undefined,
    'aria-busy': pending || undefined,
    readOnly: pending,
    dir: 'auto' as const,
    spellCheck: column.kind.name === 'text',
    onKeyDown,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
  };
  const combobox = column.kind.suggest
    ? {
        role: 'combobox',
        'aria-expanded': options.length > 0 && text !== '',
        'aria-controls': ids.list,
        'aria-autocomplete': 'list' as const,
        'aria-activedescendant': active >= 0 ? `${ids.list}-${active}` : undefined,
      }
    : {};
  return (
    <div className={`cell-editor${shown ? ' invalid' : ''}`} style={style}>
      {column.kind.multiline ? <textarea {...common} rows={1} /> : <input type="text" {...common} {...combobox} autoComplete="off" />}
      {column.kind.suggest && options.length > 0 && text !== '' && (
        <ul role="listbox" id={ids.list} className="cell-options" aria-label={t('editor.choices', { column: column.header })}>
          {options.map((o, i) => (
            <li
              key={String(o.value)}
              id={`${ids.list}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              <bdi>{o.label}</bdi>
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <p id={ids.message} role="alert" className="cell-message">
          {say(shown)}
        </p>
      )}
      {!shown && selectedRows > 1 && <p className="cell-hint">{t('editor.allRowsHint', { count: selectedRows })}</p>}
    </div>
  );
}
