import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { targetMetrics } from '../../../db/schema/scenarios';
import { useFormat } from '../../app/i18n/use-format';
import { useAction } from '../../grid/panel/use-action';
import { NumberField } from './NumberField';
import { rules } from './number-input';
import type { ScenariosStore } from './store';

type Metric = (typeof targetMetrics)[number];

/** The usual unit of each kind of target; the analyst may write another (t, kt or Mt CO2e for abatement). */
const UNIT: Record<Metric, string> = {
  abatement: 'Mt CO2e/yr',
  cumulative_abatement: 'Mt CO2e',
  capex: 'USD',
  jobs: 'jobs',
  localisation: '%',
};

interface NewTarget {
  name: string;
  scopeType: 'country' | 'cluster';
  country: string;
  clusterId: number | null;
  metric: Metric;
  year: number | null;
  value: number | null;
  unit: string;
}

const blank: NewTarget = { name: '', scopeType: 'country', country: '', clusterId: null, metric: 'abatement', year: 2030, value: null, unit: UNIT.abatement };

/** National and cluster targets: a value in a year, in a unit, which comparisons show as a line and a gap. */
export function TargetsSection({ store }: { store: ScenariosStore }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  const state = useStore(store.targets);
  const [draft, setDraft] = useState<NewTarget>(blank);
  const { error, run } = useAction();
  const id = useId();
  const { params, request } = state;
  useEffect(() => {
    if (params === null) void request(null);
  }, [params, request]);
  const rows = state.data?.rows ?? [];
  const clusters = state.data?.clusters ?? [];
  const clusterName = new Map(clusters.map((c) => [c.id, c.name]));

  const add = async () => {
    const { country, clusterId, year, value, ...rest } = draft;
    const scope = draft.scopeType === 'country' ? { country: country.toUpperCase(), clusterId: null } : { country: null, clusterId };
    // The button is enabled only once the year and value are filled in.
    if (await run(() => store.client.api('targets.create', { ...rest, ...scope, year: year!, value: value! }))) setDraft(blank);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('targets.title')}</h2>
      <p className="muted">{t('targets.intro')}</p>
      {rows.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('targets.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('targets.scope')}</th>
              <th scope="col">{t('targets.metric')}</th>
              <th scope="col" className="numeric">{t('targets.value')}</th>
              <th scope="col">{t('targets.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('targets.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <bdi>{r.name}</bdi>
                </th>
                <td>{r.scopeType === 'country' ? format.country(r.country!) : <bdi>{clusterName.get(r.clusterId!) ?? ''}</bdi>}</td>
                <td>{t(`targetMetric.${r.metric}`)}</td>
                <td className="numeric">{t('targets.valueIn', { value: format.number(r.value, 3), unit: r.unit, year: format.year(r.year) })}</td>
                <td>{r.sourced ? t('targets.sourced') : <span className="assumption">{t('targets.assumption')}</span>}</td>
                <td>
                  <button type="button" aria-label={t('targets.delete', { name: r.name })} onClick={() => void run(() => store.client.api('targets.delete', { id: r.id, version: r.version }))}>
                    {t('targets.deleteShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="sc-inline-form"
        aria-label={t('targets.add')}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor={`${id}-name`}>{t('fields.name')}</label>
        <input id={`${id}-name`} type="text" dir="auto" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <label htmlFor={`${id}-scope`}>{t('targets.scope')}</label>
        <select id={`${id}-scope`} value={draft.scopeType} onChange={(e) => setDraft({ ...draft, scopeType: e.target.value as NewTarget['scopeType'] })}>
          <option value="country">{t('targets.country')}</option>
          <option value="cluster">{t('targets.cluster')}</option>
        </select>
        {draft.scopeType === 'country' ? (
          <>
            <label htmlFor={`${id}-country`}>{t('targets.countryCode')}</label>
            <input id={`${id}-country`} type="text" dir="ltr" size={3} maxLength={2} value={draft.country} onChange={(e) => setDraft({ ...draft, country: e.target.value })} />
          </>
        ) : (
          <>
            <label htmlFor={`${id}-cluster`}>{t('targets.cluster')}</label>
            <select id={`${id}-cluster`} value={draft.clusterId ?? ''} onChange={(e) => setDraft({ ...draft, clusterId: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="" />
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${id}-metric`}>{t('targets.metric')}</label>
        <select id={`${id}-metric`} value={draft.metric} onChange={(e) => setDraft({ ...draft, metric: e.target.value as Metric, unit: UNIT[e.target.value as Metric] })}>
          {targetMetrics.map((m) => (
            <option key={m} value={m}>
              {t(`targetMetric.${m}`)}
            </option>
          ))}
        </select>
        <NumberField label={t('targets.year')} value={draft.year} rule={rules.year} onChange={(year) => setDraft({ ...draft, year })} />
        <NumberField label={t('targets.value')} value={draft.value} rule={{ min: Number.NEGATIVE_INFINITY }} onChange={(value) => setDraft({ ...draft, value })} />
        <label htmlFor={`${id}-unit`}>{t('targets.unit')}</label>
        <input id={`${id}-unit`} type="text" dir="ltr" size={10} value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: e.target.value })} />
        <button type="submit" disabled={draft.name.trim() === '' || draft.value === null || draft.year === null}>
          {t('targets.add')}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}
