import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { projectCategories, projectStages } from '../../../db/schema/enums';
import type { Choice, Choices } from './editor-store';
import type { Draft } from './draft';
import { Field } from './Field';

interface Props {
  draft: Draft;
  choices: Choices | null;
  problems: Map<string, string>;
  onChange: (subjects: Record<string, unknown>) => void;
}

const idList = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);
const textList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** One record to pick; a subject that was deleted stays in the list, named as deleted, until another is chosen. */
function RecordSelect({ id, value, options, onChange }: { id: string; value: unknown; options: Choice[]; onChange: (id: number) => void }) {
  const { t } = useTranslation('briefings');
  const current = typeof value === 'number' ? value : null;
  const missing = current !== null && !options.some((o) => o.id === current);
  return (
    <select id={id} value={current ?? ''} onChange={(e) => onChange(Number(e.target.value))} aria-invalid={missing}>
      <option value="" disabled>
        {t('editor.choose')}
      </option>
      {missing && <option value={current}>{t('editor.deletedRecord', { id: current })}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

/** What the briefing is about: one cluster, one partner, one saved comparison, or a selection of the portfolio. */
export function SubjectFields({ draft, choices, problems, onChange }: Props) {
  const { t } = useTranslation('briefings');
  const { t: tApp } = useTranslation();
  const id = useId();
  const s = draft.subjects;
  const problem = (field: string) => problems.get(`subjects.${field}`) ?? problems.get('subjects') ?? null;
  if (!choices) return <p className="muted">{t('editor.loadingChoices')}</p>;

  switch (draft.template) {
    case 'cluster':
      return (
        <Field id={id} label={t('editor.cluster')} problem={problem('clusterId')}>
          <RecordSelect id={id} value={s.clusterId} options={choices.clusters} onChange={(clusterId) => onChange({ clusterId })} />
        </Field>
      );
    case 'partner':
      return (
        <Field id={id} label={t('editor.partner')} problem={problem('partnerId')}>
          <RecordSelect id={id} value={s.partnerId} options={choices.partners} onChange={(partnerId) => onChange({ partnerId })} />
        </Field>
      );
    case 'scenarios':
      return (
        <Field id={id} label={t('editor.comparison')} problem={problem('comparisonId')} hint={choices.comparisons.length === 0 ? t('editor.noComparisons') : undefined}>
          <RecordSelect id={id} value={s.comparisonId} options={choices.comparisons} onChange={(comparisonId) => onChange({ comparisonId })} />
        </Field>
      );
    case 'portfolio': {
      const toggle = (key: string, value: string | number, on: boolean) => {
        const list = key === 'clusterIds' ? idList(s[key]) : textList(s[key]);
        const next = on ? [...list, value] : list.filter((x) => x !== value);
        onChange({ ...s, [key]: next });
      };
      const countries = textList(s.countries).join(', ');
      return (
        <fieldset className="briefing-portfolio">
          <legend>{t('editor.portfolio')}</legend>
          <p className="hint">{t('editor.portfolioHint')}</p>
          <Field id={`${id}-countries`} label={t('editor.countries')} hint={t('editor.countriesHint')} problem={problem('countries')}>
            <input
              id={`${id}-countries`}
              type="text"
              dir="ltr"
              spellCheck={false}
              defaultValue={countries}
              onBlur={(e) =>
                onChange({
                  ...s,
                  countries: e.target.value
                    .split(/[\s,;]+/)
                    .map((c) => c.trim().toUpperCase())
                    .filter(Boolean),
                })
              }
            />
          </Field>
          <fieldset>
            <legend>{t('editor.categories')}</legend>
            {projectCategories.map((c) => (
              <label key={c} className="briefing-check">
                <input type="checkbox" checked={textList(s.categories).includes(c)} onChange={(e) => toggle('categories', c, e.target.checked)} />
                {tApp(`enum.projectCategory.${c}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('editor.stages')}</legend>
            {projectStages.map((st) => (
              <label key={st} className="briefing-check">
                <input type="checkbox" checked={textList(s.stages).includes(st)} onChange={(e) => toggle('stages', st, e.target.checked)} />
                {tApp(`enum.projectStage.${st}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('editor.clusters')}</legend>
            {choices.clusters.map((c) => (
              <label key={c.id} className="briefing-check">
                <input type="checkbox" checked={idList(s.clusterIds).includes(c.id)} onChange={(e) => toggle('clusterIds', c.id, e.target.checked)} />
                <bdi>{c.name}</bdi>
              </label>
            ))}
          </fieldset>
          <Field id={`${id}-largest`} label={t('editor.largest')} problem={problem('largest')}>
            <input
              id={`${id}-largest`}
              type="number"
              min={1}
              max={100}
              value={typeof s.largest === 'number' ? s.largest : 10}
              onChange={(e) => onChange({ ...s, largest: Number(e.target.value) })}
            />
          </Field>
        </fieldset>
      );
    }
  }
}
