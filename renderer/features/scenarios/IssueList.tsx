import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../db/scenario';

/** Names for the projects and clusters an issue points at. */
export interface Names {
  projects: ReadonlyMap<number, string>;
  clusters: ReadonlyMap<number, string>;
}

/** The engine's errors and warnings in the analyst's language: what is wrong, and where. */
export function IssueList({ issues, names, title }: { issues: readonly Issue[]; names: Names; title: string }) {
  const { t } = useTranslation('scenarios');
  if (issues.length === 0) return null;
  const where = (i: Issue) =>
    i.projectId !== undefined ? names.projects.get(i.projectId) : i.clusterId !== undefined ? names.clusters.get(i.clusterId) : undefined;
  return (
    <div className={issues.some((i) => i.severity === 'error') ? 'notice notice-error' : 'notice'} role="alert">
      <p className="notice-title">{title}</p>
      <ul>
        {issues.map((issue, k) => {
          const place = where(issue);
          const text = t(`issue.${issue.code}`);
          return <li key={k}>{place ? t('issue.at', { place, text }) : text}</li>;
        })}
      </ul>
    </div>
  );
}
