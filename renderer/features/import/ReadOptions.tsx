import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ImportDelimiter, ImportEncoding, ImportNumberFormat } from '../../../db/contract/groups/imports';
import type { ImportStore, Inspection } from './import-store';

type Encoding = NonNullable<Inspection['encoding']>['used'];
type Delimiter = NonNullable<Inspection['delimiter']>['value'];

/** How the file is read: the sheet, the encoding and delimiter (guesses shown, changeable) and the number format. */
export function ReadOptions({ store, inspection }: { store: ImportStore; inspection: Inspection }) {
  const { t } = useTranslation('import');
  const id = useId();
  const { busy, numberFormat, setRead, setChoice } = useStore(store);
  const { encoding, delimiter, sheets } = inspection;
  const visibleSheets = sheets.filter((s) => !s.hidden);
  return (
    <fieldset className="import-read" disabled={busy !== null}>
      <legend>{t('read.title')}</legend>
      {inspection.format === 'xlsx' && (
        <div className="import-control">
          <label htmlFor={`${id}-sheet`}>{t('read.sheet')}</label>
          <select id={`${id}-sheet`} value={inspection.sheet} onChange={(e) => void setRead({ sheet: e.target.value })}>
            {visibleSheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {encoding && (
        <div className="import-control">
          <label htmlFor={`${id}-encoding`}>{t('read.encoding')}</label>
          <select id={`${id}-encoding`} aria-describedby={`${id}-encoding-hint`} value={encoding.used} onChange={(e) => void setRead({ encoding: e.target.value as Encoding })}>
            {ImportEncoding.options.map((e) => (
              <option key={e} value={e}>
                {t(`encoding.${e}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-encoding-hint`} className="hint">
            {t(`confidence.${encoding.confidence}`, { encoding: t(`encoding.${encoding.used}`) })}
          </p>
        </div>
      )}
      {delimiter && (
        <div className="import-control">
          <label htmlFor={`${id}-delimiter`}>{t('read.delimiter')}</label>
          <select id={`${id}-delimiter`} aria-describedby={`${id}-delimiter-hint`} value={delimiter.value} onChange={(e) => void setRead({ delimiter: e.target.value as Delimiter })}>
            {ImportDelimiter.options.map((d) => (
              <option key={d} value={d}>
                {t(`delimiter.${DELIMITER_KEY[d]}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-delimiter-hint`} className="hint">
            {delimiter.guessed ? t('read.delimiterGuessed') : t('read.delimiterChosen')}
          </p>
        </div>
      )}
      <div className="import-control">
        <label htmlFor={`${id}-number`}>{t('read.numberFormat')}</label>
        <select id={`${id}-number`} value={numberFormat} onChange={(e) => setChoice({ numberFormat: e.target.value as typeof numberFormat })}>
          {ImportNumberFormat.options.map((f) => (
            <option key={f} value={f}>
              {t(`numberFormat.${f}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

const DELIMITER_KEY: Record<Delimiter, 'comma' | 'semicolon' | 'tab' | 'bar'> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
