import { useTranslation } from 'react-i18next';
import type { ProjectLine } from '../../../db/schema/briefing-document';
import { useLabels } from '../labels';
import { DataTable, type DataColumn } from '../parts/DataTable';
import { Plain } from '../parts/Plain';

/** Which columns a projects table shows: the partners column suits a cluster brief, the figures a portfolio. */
export type ProjectColumns = 'partners' | 'figures' | 'roles';

/** Projects with their stage and, depending on the template, partners or figures; runs over pages with its header. */
export function ProjectsTable({ projects, columns, roles }: { projects: readonly ProjectLine[]; columns: ProjectColumns; roles?: (p: ProjectLine) => string }) {
  const { t } = useTranslation('briefings');
  const l = useLabels();
  const dash = '—';
  const base: DataColumn<ProjectLine>[] = [
    { key: 'name', header: t('project.name'), rowHeader: true, cell: (p) => <Plain text={p.name} /> },
    { key: 'category', header: t('project.category'), cell: (p) => l.category(p.category) },
    { key: 'stage', header: t('project.stage'), cell: (p) => l.stage(p.stage) },
  ];
  const extra: Record<ProjectColumns, DataColumn<ProjectLine>[]> = {
    partners: [
      { key: 'start', header: t('project.startYear'), numeric: true, cell: (p) => (p.startYear === null ? dash : l.format.year(p.startYear)) },
      {
        key: 'partners',
        header: t('project.partners'),
        cell: (p) =>
          p.partners.length === 0 ? (
            dash
          ) : (
            <ul className="doc-inline-list">
              {p.partners.map((x, i) => (
                <li key={i}>
                  <Plain text={x.name} /> ({l.role(x.role)})
                </li>
              ))}
            </ul>
          ),
      },
    ],
    figures: [
      { key: 'country', header: t('project.country'), cell: (p) => l.format.country(p.country) },
      { key: 'capex', header: t('project.capex'), numeric: true, cell: (p) => (p.capex === null ? dash : l.money(p.capex, p.capexCurrency)) },
      { key: 'abatement', header: t('project.abatement'), numeric: true, cell: (p) => (p.abatementKt === null ? dash : l.format.number(p.abatementKt, 1)) },
    ],
    roles: [
      { key: 'role', header: t('project.role'), cell: (p) => roles?.(p) ?? dash },
      { key: 'country', header: t('project.country'), cell: (p) => l.format.country(p.country) },
      { key: 'signed', header: t('project.signed'), cell: (p) => (p.signedOn === null ? dash : l.format.partialDate(p.signedOn)) },
    ],
  };
  return <DataTable columns={[...base, ...extra[columns]]} rows={projects} rowKey={(p) => p.id} />;
}
