import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Override, OverrideField, Provenance, Resolved, ScenarioDef } from '../../../../db/scenario';
import { useFormat } from '../../../app/i18n/use-format';
import { recordHref } from '../../../app/routing/routes';
import { NumberField } from '../NumberField';
import { rules, type NumberRule } from '../number-input';
import { provenanceClass, provenanceText } from '../provenance';
import { withOverride, type Subject } from './draft';
import type { EditorStore } from './editor-store';
import type { LiveResult } from './live-result';

type NumericField = Exclude<OverrideField, 'include'>;

/** The columns, in the order an analyst reads a project: when, how much, how likely, what it costs and employs, localisation. */
const COLUMNS: [NumericField, NumberRule][] = [
  ['startYear', rules.year],
  ['delayYears', rules.years100],
  ['rampUpYears', rules.years30],
  ['abatementKt', rules.amount],
  ['abatementFactor', rules.factor],
  ['probabilityPct', rules.percent],
  ['capex', rules.amount],
  ['capexFactor', rules.factor],
  ['jobsConstruction', rules.count],
  ['jobsPermanent', rules.count],
  ['localisationCurrentPct', rules.percent],
  ['localisationTargetPct', rules.percent],
  ['localisationTargetYear', rules.year],
];

const SHOWN = 100;

/** A cluster's value for a field: the nearest scenario in the chain that sets it for the cluster. */
function clusterValue(chain: readonly ScenarioDef[], clusterId: number, field: OverrideField): Resolved<unknown> | null {
  const i = chain.findIndex((s) => s.clusterOverrides[clusterId]?.[field] != null);
  if (i < 0) return null;
  const from: Provenance = { from: i === 0 ? 'scenario' : 'parent', scenarioId: chain[i].id, scenarioName: chain[i].name, level: 'cluster' };
  return { value: chain[i].clusterOverrides[clusterId][field], from };
}

interface CellProps {
  subject: Subject;
  id: number;
  name: string;
  own: Partial<Override>;
  resolved: Resolved<unknown> | null;
  editor: EditorStore;
}

function ValueLine({ field, resolved }: { field: OverrideField; resolved: Resolved<unknown> | null }) {
  const { t } = useTranslation('scenarios');
  const format = useFormat();
  if (!resolved) return <span className={provenanceClass(null)}>{t('provenance.none')}</span>;
  const v = resolved.value;
  const text =
    v === null || v === undefined
      ? t('provenance.unknown')
      : typeof v === 'boolean'
        ? t(v ? 'include.yes' : 'include.no')
        : field === 'startYear' || field === 'localisationTargetYear'
          ? format.year(v as number)
          : format.number(v as number, 2);
  return (
    <span className={provenanceClass(resolved.from)}>
      {v === null || v === undefined ? text : `${text} · ${provenanceText(t, resolved.from)}`}
    </span>
  );
}

function NumberCell({ field, rule, subject, id, name, own, resolved, editor }: CellProps & { field: NumericField; rule: NumberRule }) {
  const { t } = useTranslation('scenarios');
  const lineId = useId();
  return (
    <td>
      <NumberField
        label={t('overrides.cellLabel', { name, field: t(`override.${field}`) })}
        hideLabel
        value={(own[field] as number | undefined) ?? null}
        rule={rule}
        describedBy={lineId}
        onChange={(v) => editor.getState().edit((d) => withOverride(d, subject, id, field, v))}
      />
      <span id={lineId}>
        <ValueLine field={field} resolved={resolved} />
      </span>
    </td>
  );
}

function IncludeCell({ subject, id, name, own, resolved, editor }: CellProps) {
  const { t } = useTranslation('scenarios');
  const lineId = useId();
  return (
    <td>
      <select
        aria-label={t('overrides.cellLabel', { name, field: t('override.include') })}
        aria-describedby={lineId}
        value={own.include === undefined ? 'inherit' : String(own.include)}
        onChange={(e) => {
          const v = e.target.value;
          editor.getState().edit((d) => withOverride(d, subject, id, 'include', v === 'inherit' ? null : v === 'true'));
        }}
      >
        <option value="inherit">{t('choice.inherit')}</option>
        <option value="true">{t('include.yes')}</option>
        <option value="false">{t('include.no')}</option>
      </select>
      <span id={lineId}>
        <ValueLine field="include" resolved={resolved} />
      </span>
    </td>
  );
}

/**
 * What this scenario sets for each project and cluster, one editable row each, every value with
 * what is in force and where it comes from. An empty field inherits: from a parent scenario, the
 * project's own record, or the defaults. A compact table of its own: the shared grid edits stored
 * records one row per record, while these rows are a scenario's layer over them.
 */
export function OverridesTable({ editor, live }: { editor: EditorStore; live: LiveResult }) {
  const { t } = useTranslation('scenarios');
  const { t: tc } = useTranslation();
  const { draft, inputs } = useStore(editor);
  const [filter, setFilter] = useState('');
  const id = useId();
  if (!draft || !inputs) return null;
  const needle = filter.trim().toLowerCase();
  const projects = inputs.projects.filter((p) => p.name.toLowerCase().includes(needle));
  const clusters = inputs.clusters.filter((c) => c.name.toLowerCase().includes(needle));

  const header = (subjectLabel: string) => (
    <tr>
      <th scope="col">{subjectLabel}</th>
      <th scope="col">{t('override.include')}</th>
      {COLUMNS.map(([field]) => (
        <th key={field} scope="col">
          {t(`override.${field}`)}
        </th>
      ))}
    </tr>
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('overrides.title')}</h2>
      <p className="muted">{t('overrides.intro')}</p>
      <div className="toolbar">
        <input type="search" aria-label={t('overrides.filter')} placeholder={t('overrides.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="table-scroll">
        <table className="sc-overrides">
          <caption className="visually-hidden">{t('overrides.projects')}</caption>
          <thead>{header(t('overrides.project'))}</thead>
          <tbody>
            {projects.slice(0, SHOWN).map((p) => {
              const explained = live.resolver?.explain(p);
              const own = draft.projectOverrides[p.id] ?? {};
              const cell = { subject: 'project' as const, id: p.id, name: p.name, own, editor };
              return (
                <tr key={p.id}>
                  <th scope="row">
                    <a href={recordHref('projects', p.id)} dir="auto">
                      {p.name}
                    </a>
                    <span className="sc-subtle">{tc(`enum.projectStage.${p.stage}`)}</span>
                  </th>
                  <IncludeCell {...cell} resolved={explained?.include ?? null} />
                  {COLUMNS.map(([field, rule]) => (
                    <NumberCell key={field} {...cell} field={field} rule={rule} resolved={explained?.[field] ?? null} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {projects.length > SHOWN && <p className="muted">{t('overrides.showingFirst', { count: SHOWN })}</p>}
      <div className="table-scroll">
        <table className="sc-overrides">
          <caption className="visually-hidden">{t('overrides.clusters')}</caption>
          <thead>{header(t('overrides.cluster'))}</thead>
          <tbody>
            {clusters.slice(0, SHOWN).map((c) => {
              const own = draft.clusterOverrides[c.id] ?? {};
              const cell = { subject: 'cluster' as const, id: c.id, name: c.name, own, editor };
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={recordHref('clusters', c.id)} dir="auto">
                      {c.name}
                    </a>
                  </th>
                  <IncludeCell {...cell} resolved={clusterValue(live.chain, c.id, 'include')} />
                  {COLUMNS.map(([field, rule]) => (
                    <NumberCell key={field} {...cell} field={field} rule={rule} resolved={clusterValue(live.chain, c.id, field)} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
