import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../../db/contract/list-query';
import type { GridColumn, Option } from '../columns/types';
import type { Sort } from '../data/table-store';
import { useMessageText } from './MessageText';
import { Popover } from './Popover';

interface Props {
  column: GridColumn;
  sort: Sort | null;
  filter: ListFilter | undefined;
  onSort(dir: 'asc' | 'desc' | null): void;
  onFilter(filter: ListFilter | null): void;
  onHide(): void;
  onWiden(delta: number): void;
  onClose(): void;
}

const numberOrNull = (v: unknown) => (typeof v === 'number' ? v : null);

/**
 * One column's menu, opened from its header or with Alt+Down: sort, filter (text contains, a number
 * range, values of a list, one record), hide and width. The filter runs in SQLite like the sort.
 */
export function ColumnMenu({ column, sort, filter, onSort, onFilter, onHide, onWiden, onClose }: Props) {
  const { t } = useTranslation('grid');
  const say = useMessageText();
  const first = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState(filter?.op === 'contains' ? filter.value : '');
  const [min, setMin] = useState(filter?.op === 'range' && filter.min != null ? column.kind.toText(filter.min, undefined) : '');
  const [max, setMax] = useState(filter?.op === 'range' && filter.max != null ? column.kind.toText(filter.max, undefined) : '');
  const [chosen, setChosen] = useState<string[]>(filter?.op === 'in' ? filter.values : []);
  const [codes, setCodes] = useState(filter?.op === 'in' && !column.kind.choices ? filter.values.join(', ') : '');
  const [empty, setEmpty] = useState(filter?.op === 'eq' && filter.value === null);
  const [record, setRecord] = useState<Option | null>(null);
  const [found, setFound] = useState<Option[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (column.kind.filter !== 'reference' || !column.kind.suggest || text.trim() === '') return setFound([]);
    let live = true;
    void Promise.resolve(column.kind.suggest(text, undefined)).then((o) => live && setFound(o));
    return () => {
      live = false;
    };
  }, [column, text]);

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const field = column.field as ListFilter['field'];
    if (empty) return onFilter({ field, op: 'eq', value: null });
    switch (column.kind.filter) {
      case 'contains':
        return onFilter(text.trim() ? { field, op: 'contains', value: text.trim() } : null);
      case 'range': {
        const lo = min.trim() ? await column.kind.parse(min, undefined) : { ok: true as const, value: null };
        const hi = max.trim() ? await column.kind.parse(max, undefined) : { ok: true as const, value: null };
        if (!lo.ok) return setProblem(say(lo.error));
        if (!hi.ok) return setProblem(say(hi.error));
        const range = { min: numberOrNull(lo.value), max: numberOrNull(hi.value) };
        return onFilter(range.min === null && range.max === null ? null : { field, op: 'range', ...range });
      }
      case 'in': {
        if (column.kind.choices) return onFilter(chosen.length ? { field, op: 'in', values: chosen } : null);
        const values: string[] = [];
        for (const part of codes.split(/[,;]/).map((p) => p.trim()).filter(Boolean)) {
          const parsed = await column.kind.parse(part, undefined);
          if (!parsed.ok) return setProblem(`${part}: ${say(parsed.error)}`);
          values.push(String(parsed.value));
        }
        return onFilter(values.length ? { field, op: 'in', values } : null);
      }
      case 'reference':
        return onFilter(record ? { field, op: 'eq', value: Number(record.value) } : null);
    }
  };

  return (
    <Popover role="dialog" className="grid-popover column-menu" title={t('column.menuTitle', { column: column.header })} onEscape={onClose}>
      <div className="button-row">
        <button ref={first} type="button" aria-pressed={sort?.field === column.field && sort.dir === 'asc'} onClick={() => onSort('asc')}>
          {t('column.sortAscending')}
        </button>
        <button type="button" aria-pressed={sort?.field === column.field && sort.dir === 'desc'} onClick={() => onSort('desc')}>
          {t('column.sortDescending')}
        </button>
        {sort?.field === column.field && (
          <button type="button" onClick={() => onSort(null)}>
            {t('column.sortClear')}
          </button>
        )}
      </div>
      <form onSubmit={(e) => void apply(e)} className="filter-form">
        <fieldset>
          <legend>{t('filter.legend')}</legend>
          {column.kind.filter === 'contains' && (
            <label>
              {t('filter.contains')} <input type="text" value={text} onChange={(e) => setText(e.target.value)} dir="auto" />
            </label>
          )}
          {column.kind.filter === 'range' && (
            <>
              <label>
                {t('filter.min')} <input type="text" inputMode="decimal" value={min} onChange={(e) => setMin(e.target.value)} />
              </label>
              <label>
                {t('filter.max')} <input type="text" inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} />
              </label>
            </>
          )}
          {column.kind.filter === 'in' && column.kind.choices && (
            <div className="choice-list" role="group" aria-label={t('filter.values')}>
              {column.kind.choices.map((o) => (
                <label key={String(o.value)}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(String(o.value))}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, String(o.value)] : chosen.filter((v) => v !== String(o.value)))}
                  />{' '}
                  {o.label}
                </label>
              ))}
            </div>
          )}
          {column.kind.filter === 'in' && !column.kind.choices && (
            <label>
              {t('filter.codes')} <input type="text" value={codes} onChange={(e) => setCodes(e.target.value)} />
            </label>
          )}
          {column.kind.filter === 'reference' && (
            <>
              <label>
                {t('filter.record')} <input type="search" value={text} onChange={(e) => setText(e.target.value)} dir="auto" />
              </label>
              {found.length > 0 && (
                <div className="choice-list" role="radiogroup" aria-label={t('filter.records')}>
                  {found.map((o) => (
                    <label key={String(o.value)}>
                      <input type="radio" name="record" checked={record?.value === o.value} onChange={() => setRecord(o)} /> <bdi>{o.label}</bdi>
                    </label>
                  ))}
                </div>
              )}
            </>
          )}
          <label>
            <input type="checkbox" checked={empty} onChange={(e) => setEmpty(e.target.checked)} /> {t('filter.empty')}
          </label>
          {problem && (
            <p role="alert" className="field-problem">
              {problem}
            </p>
          )}
        </fieldset>
        <div className="button-row">
          <button type="submit">{t('filter.apply')}</button>
          {filter && (
            <button type="button" onClick={() => onFilter(null)}>
              {t('filter.clear')}
            </button>
          )}
        </div>
      </form>
      <div className="button-row">
        <button type="button" onClick={() => onWiden(-40)}>
          {t('column.narrower')}
        </button>
        <button type="button" onClick={() => onWiden(40)}>
          {t('column.wider')}
        </button>
        <button type="button" onClick={onHide}>
          {t('column.hide')}
        </button>
        <button type="button" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </Popover>
  );
}
