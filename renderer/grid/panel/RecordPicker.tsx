import { useEffect, useId, useState } from 'react';
import type { Option } from '../columns/types';
import type { ReferenceCache, RefTarget } from '../data/references';

interface Props {
  label: string;
  target: RefTarget;
  references: ReferenceCache;
  value: Option | null;
  onChange(option: Option | null): void;
}

/** A searchable choice of one record (a partner, a source, a project): type part of its name, pick it. */
export function RecordPicker({ label, target, references, value, onChange }: Props) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<Option[]>([]);
  const listId = useId();
  useEffect(() => {
    if (text.trim() === '') return setFound([]);
    let live = true;
    void references.search(target, text).then((o) => live && setFound(o));
    return () => {
      live = false;
    };
  }, [references, target, text]);
  return (
    <div className="record-picker">
      <label>
        {label}{' '}
        <input
          type="search"
          role="combobox"
          aria-expanded={found.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          value={value && text === '' ? value.label : text}
          onChange={(e) => {
            setText(e.target.value);
            if (value) onChange(null);
          }}
          dir="auto"
        />
      </label>
      {found.length > 0 && (
        <ul role="listbox" id={listId} aria-label={label} className="picker-options">
          {found.map((o) => (
            <li key={String(o.value)} role="option" aria-selected={value?.value === o.value}>
              <button
                type="button"
                onClick={() => {
                  onChange(o);
                  setText('');
                  setFound([]);
                }}
              >
                <bdi>{o.label}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
