import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { Client } from '../../api/client';
import type { Option } from '../../grid/columns/types';
import type { ReferenceCache } from '../../grid/data/references';
import { RecordPicker } from '../../grid/panel/RecordPicker';
import { useAction } from '../../grid/panel/use-action';
import { ErrorNotice } from '../shared/ErrorNotice';
import { RecordLink } from '../shared/RecordLink';

type ProjectSummary = MethodOutput<'clusters.relations'>['projects'][number];

/**
 * A cluster's projects: a project joins or leaves the cluster by its own cluster field, written with
 * the project's version so a change made elsewhere meanwhile is refused, not overwritten.
 */
export function ClusterProjectsEditor({ client, references, clusterId, projects }: { client: Client; references: ReferenceCache; clusterId: number; projects: readonly ProjectSummary[] }) {
  const { t } = useTranslation();
  const { t: tg } = useTranslation('grid');
  const action = useAction();
  const [project, setProject] = useState<Option | null>(null);
  const setCluster = (id: number, value: number | null) =>
    action.run(async () => {
      const current = await client.api('projects.get', { id });
      await client.api('projects.update', { id, version: current.version, values: { clusterId: value } });
    });

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (project && (await setCluster(Number(project.value), clusterId))) setProject(null);
  };

  return (
    <div>
      {projects.length === 0 ? (
        <p className="muted">{tg('panel.noneYet')}</p>
      ) : (
        <ul className="relation-list">
          {projects.map((p) => (
            <li key={p.id}>
              <RecordLink section="projects" id={p.id}>
                {p.name}
              </RecordLink>
              <span className="meta">{t(`enum.projectStage.${p.stage}`)}</span>{' '}
              <button type="button" className="link-button" aria-label={tg('panel.removeProject', { name: p.name })} onClick={() => void setCluster(p.id, null)}>
                {tg('panel.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="panel-form" onSubmit={(e) => void add(e)} aria-label={tg('panel.addProject')}>
        <RecordPicker label={tg('panel.project')} target="projects" references={references} value={project} onChange={setProject} />
        <button type="submit" disabled={!project || action.busy}>
          {tg('panel.addProject')}
        </button>
      </form>
      {action.error && <ErrorNotice error={action.error} />}
    </div>
  );
}
