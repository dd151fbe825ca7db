import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Resolved } from '../../../../db/scenario';
import { projectStages, type ProjectStage } from '../../../../db/schema/enums';
import { useFormat } from '../../../app/i18n/use-format';
import { NumberField } from '../NumberField';
import { rules, type NumberRule } from '../number-input';
import { provenanceClass, provenanceText } from '../provenance';
import { withAssumption, withStageProbability } from './draft';
import type { EditorStore } from './editor-store';
import type { LiveResult } from './live-result';

type NumericKey = 'rampUpYears' | 'abatementFactor' | 'capexFactor' | 'buildYears' | 'delayYears';
const NUMERIC: [NumericKey, NumberRule][] = [
  ['delayYears', rules.years100],
  ['rampUpYears', rules.years30],
  ['buildYears', rules.years30],
  ['abatementFactor', rules.factor],
  ['capexFactor', rules.factor],
];

/** One assumption: what this scenario sets, the value in force and where it comes from. */
function Row({ label, input, resolved, shown }: { label: string; input: ReactNode; resolved: Resolved<unknown> | undefined; shown: string }) {
  const { t } = useTranslation('scenarios');
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{input}</td>
      <td className="numeric">{resolved ? shown : '—'}</td>
      <td>{resolved && <span className={provenanceClass(resolved.from)}>{provenanceText(t, resolved.from)}</span>}</td>
    </tr>
  );
}

/** Stage probabilities, ramp-up, factors, build years, delay and which projects count; empty means inherited. */
export function AssumptionsForm({ editor, live }: { editor: EditorStore; live: LiveResult }) {
  const { t } = useTranslation('scenarios');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const { draft, edit } = useStore(editor);
  const [currencyText, setCurrencyText] = useState<string | null>(null);
  const id = useId();
  if (!draft) return null;
  const a = draft.assumptions;
  const g = live.resolver?.globals;
  const stageName = (s: ProjectStage) => tc(`enum.projectStage.${s}`);
  const currencyShown = currencyText ?? a.currency ?? '';
  const currencyBad = currencyShown !== '' && !/^[A-Z]{3}$/.test(currencyShown);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('assumptions.title')}</h2>
      <p className="muted">{t('assumptions.intro')}</p>
      <div className="table-scroll">
        <table className="sc-assumptions">
          <caption className="visually-hidden">{t('assumptions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assumptions.assumption')}</th>
              <th scope="col">{t('assumptions.thisScenario')}</th>
              <th scope="col" className="numeric">
                {t('assumptions.inForce')}
              </th>
              <th scope="col">{t('assumptions.from')}</th>
            </tr>
          </thead>
          <tbody>
            {projectStages.map((stage) => {
              const label = t('assumptions.stageProbability', { stage: stageName(stage) });
              return (
                <Row
                  key={stage}
                  label={label}
                  resolved={g?.stageProbabilityPct[stage]}
                  shown={g ? format.percent(g.stageProbabilityPct[stage].value) : ''}
                  input={<NumberField label={label} hideLabel value={a.stageProbabilityPct?.[stage] ?? null} rule={rules.percent} onChange={(v) => edit((d) => withStageProbability(d, stage, v))} />}
                />
              );
            })}
            {NUMERIC.map(([key, rule]) => (
              <Row
                key={key}
                label={t(`assumption.${key}`)}
                resolved={g?.[key]}
                shown={g ? format.number(g[key].value, 3) : ''}
                input={<NumberField label={t(`assumption.${key}`)} hideLabel value={a[key] ?? null} rule={rule} onChange={(v) => edit((d) => withAssumption(d, key, v ?? undefined))} />}
              />
            ))}
            <Row
              label={t('assumption.minStage')}
              resolved={g?.minStage}
              shown={g?.minStage.value ? stageName(g.minStage.value) : t('minStage.every')}
              input={
                <select
                  aria-label={t('assumption.minStage')}
                  value={a.minStage === undefined ? 'inherit' : (a.minStage ?? 'every')}
                  onChange={(e) => {
                    const v = e.target.value;
                    edit((d) => withAssumption(d, 'minStage', v === 'inherit' ? undefined : v === 'every' ? null : (v as Exclude<ProjectStage, 'cancelled'>)));
                  }}
                >
                  <option value="inherit">{t('choice.inherit')}</option>
                  <option value="every">{t('minStage.every')}</option>
                  {projectStages
                    .filter((s) => s !== 'cancelled')
                    .map((s) => (
                      <option key={s} value={s}>
                        {stageName(s)}
                      </option>
                    ))}
                </select>
              }
            />
            <Row
              label={t('assumption.signedOnly')}
              resolved={g?.signedOnly}
              shown={g?.signedOnly.value ? t('signedOnly.yes') : t('signedOnly.no')}
              input={
                <select
                  aria-label={t('assumption.signedOnly')}
                  value={a.signedOnly === undefined ? 'inherit' : String(a.signedOnly)}
                  onChange={(e) => {
                    const v = e.target.value;
                    edit((d) => withAssumption(d, 'signedOnly', v === 'inherit' ? undefined : v === 'true'));
                  }}
                >
                  <option value="inherit">{t('choice.inherit')}</option>
                  <option value="true">{t('signedOnly.yes')}</option>
                  <option value="false">{t('signedOnly.no')}</option>
                </select>
              }
            />
            <Row
              label={t('assumption.currency')}
              resolved={g?.currency}
              shown={g?.currency.value ?? ''}
              input={
                <span className="sc-number-field">
                  <input
                    type="text"
                    dir="ltr"
                    size={4}
                    aria-label={t('assumption.currency')}
                    aria-invalid={currencyBad}
                    value={currencyShown}
                    onChange={(e) => {
                      const v = e.target.value.toUpperCase();
                      setCurrencyText(v);
                      if (v === '' || /^[A-Z]{3}$/.test(v)) edit((d) => withAssumption(d, 'currency', v === '' ? undefined : v));
                    }}
                  />
                  {currencyBad && (
                    <span className="field-error" role="alert">
                      {t('assumption.currencyHint')}
                    </span>
                  )}
                </span>
              }
            />
          </tbody>
        </table>
      </div>
    </section>
  );
}
