import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OverrideField, Provenance, Resolved, ScenarioDef } from '../../../../db/scenario';
import { recordHref } from '../../../app/routing/routes';
import type { EditorStore } from './editor-store';
import type { LiveResult } from './live-result';
import { OverridesGrid, type GridRowView } from './OverridesGrid';

const SHOWN = 100;

/** A cluster's value for a field: the nearest scenario in the chain that sets it for the cluster. */
function clusterValue(chain: readonly ScenarioDef[], clusterId: number, field: OverrideField): Resolved<unknown> | null {
  const i = chain.findIndex((s) => s.clusterOverrides[clusterId]?.[field] != null);
  if (i < 0) return null;
  const from: Provenance = { from: i === 0 ? 'scenario' : 'parent', scenarioId: chain[i].id, scenarioName: chain[i].name, level: 'cluster' };
  return { value: chain[i].clusterOverrides[clusterId][field], from };
}

/**
 * What this scenario sets for each project and cluster, in two grids edited as in a spreadsheet,
 * every value with what is in force and where it comes from. An empty cell inherits: from a parent
 * scenario, the project's own record, or the defaults.
 */
export function OverridesTable({ editor, live }: { editor: EditorStore; live: LiveResult }) {
  const { t } = useTranslation('scenarios');
  const { t: tc } = useTranslation();
  const { draft, inputs } = useStore(editor);
  const [filter, setFilter] = useState('');
  const id = useId();
  const needle = filter.trim().toLowerCase();

  const projects = useMemo((): GridRowView[] => {
    if (!draft || !inputs) return [];
    return inputs.projects
      .filter((p) => p.name.toLowerCase().includes(needle))
      .slice(0, SHOWN)
      .map((p) => {
        const explained = live.resolver?.explain(p);
        return {
          id: p.id,
          name: p.name,
          own: draft.projectOverrides[p.id] ?? {},
          href: recordHref('projects', p.id),
          detail: tc(`enum.projectStage.${p.stage}`),
          resolved: (field) => explained?.[field] ?? null,
        };
      });
  }, [draft, inputs, needle, live, tc]);

  const clusters = useMemo((): GridRowView[] => {
    if (!draft || !inputs) return [];
    return inputs.clusters
      .filter((c) => c.name.toLowerCase().includes(needle))
      .slice(0, SHOWN)
      .map((c) => ({
        id: c.id,
        name: c.name,
        own: draft.clusterOverrides[c.id] ?? {},
        href: recordHref('clusters', c.id),
        resolved: (field) => clusterValue(live.chain, c.id, field),
      }));
  }, [draft, inputs, needle, live]);

  if (!draft || !inputs) return null;
  const moreProjects = inputs.projects.filter((p) => p.name.toLowerCase().includes(needle)).length > SHOWN;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('overrides.title')}</h2>
      <p className="muted">{t('overrides.intro')}</p>
      <p className="muted" id={`${id}-keys`}>
        {t('grid.keys')}
      </p>
      <div className="toolbar">
        <input type="search" aria-label={t('overrides.filter')} placeholder={t('overrides.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="table-scroll">
        <OverridesGrid editor={editor} subject="project" label={t('overrides.projects')} describedBy={`${id}-keys`} nameHeader={t('overrides.project')} rows={projects} />
      </div>
      {moreProjects && <p className="muted">{t('overrides.showingFirst', { count: SHOWN })}</p>}
      <div className="table-scroll">
        <OverridesGrid editor={editor} subject="cluster" label={t('overrides.clusters')} describedBy={`${id}-keys`} nameHeader={t('overrides.cluster')} rows={clusters} />
      </div>
    </section>
  );
}
