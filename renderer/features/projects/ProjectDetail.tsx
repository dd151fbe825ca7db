import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../db/contract/methods';
import type { Project } from '../../../db/schema/entities';
import { projectRoles } from '../../../db/schema/enums';
import { useFormat } from '../../app/i18n/use-format';
import { AgreementSummaryList } from '../agreements/AgreementSummaryList';
import { FieldList, type FieldItem } from '../shared/FieldList';
import { RecordLink } from '../shared/RecordLink';
import { RecordView } from '../shared/RecordView';
import { RelationSection } from '../shared/RelationSection';
import { SourceLinkList } from '../shared/SourceLinkList';
import { abatementText, capexText, localisationTargetText } from './project-figures';
import type { ProjectsStore } from './store';

type Relations = MethodOutput<'projects.relations'>;

/** Lead first, then the other roles in the order the domain lists them; the store sorts by role code. */
const byRole = (a: Relations['roles'][number], b: Relations['roles'][number]) =>
  projectRoles.indexOf(a.role) - projectRoles.indexOf(b.role) || a.partnerName.localeCompare(b.partnerName);

function ProjectPage({ record: p, relations: r }: { record: Project; relations: Relations }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (n: number | null) => (n === null ? null : format.number(n, 0));
  const fields: FieldItem[] = [
    { field: 'country', label: t('fields.project.country'), value: format.country(p.country) },
    { field: 'category', label: t('fields.project.category'), value: t(`enum.projectCategory.${p.category}`) },
    { field: 'stage', label: t('fields.project.stage'), value: t(`enum.projectStage.${p.stage}`) },
    { field: 'signedOn', label: t('fields.project.signedOn'), value: p.signedOn && format.partialDate(p.signedOn) },
    { field: 'fidOn', label: t('fields.project.fidOn'), value: p.fidOn && format.partialDate(p.fidOn) },
    { field: 'startYear', label: t('fields.project.startYear'), value: p.startYear === null ? null : format.year(p.startYear) },
    { field: 'capex', label: t('fields.project.capex'), figure: true, value: capexText(p, t, format) },
    { field: 'abatementKt', label: t('fields.project.abatementKt'), figure: true, value: abatementText(p, t, format) },
    {
      field: 'rampUpYears',
      label: t('fields.project.rampUpYears'),
      figure: true,
      value: p.rampUpYears === null ? null : t('units.years', { count: p.rampUpYears }),
    },
    { field: 'jobsConstruction', label: t('fields.project.jobsConstruction'), figure: true, value: count(p.jobsConstruction) },
    { field: 'jobsPermanent', label: t('fields.project.jobsPermanent'), figure: true, value: count(p.jobsPermanent) },
    {
      field: 'localisationCurrentPct',
      label: t('fields.project.localisationCurrentPct'),
      figure: true,
      value: p.localisationCurrentPct === null ? null : format.percent(p.localisationCurrentPct),
    },
    { field: 'localisationTargetPct', label: t('fields.project.localisationTargetPct'), figure: true, value: localisationTargetText(p, t, format) },
    { field: 'confidence', label: t('fields.project.confidence'), value: p.confidence && t(`enum.confidence.${p.confidence}`) },
    { field: 'notes', label: t('fields.project.notes'), value: p.notes || null },
  ];
  return (
    <article className="record">
      <p className="record-kind">{t('record.project')}</p>
      <h1>
        <bdi>{p.name}</bdi>
      </h1>
      <FieldList items={fields} sources={r.sources} />

      <RelationSection title={t('relations.cluster')} count={r.cluster ? 1 : 0}>
        {r.cluster && (
          <p>
            <RecordLink section="clusters" id={r.cluster.id}>
              {r.cluster.name}
            </RecordLink>
          </p>
        )}
      </RelationSection>

      <RelationSection title={t('relations.partners')} count={r.roles.length}>
        <ul className="relation-list">
          {[...r.roles].sort(byRole).map((role) => (
            <li key={role.id}>
              <RecordLink section="partners" id={role.partnerId}>
                {role.partnerName}
              </RecordLink>
              <span className="meta">{t(`enum.projectRole.${role.role}`)}</span>
              {role.sharePct !== null && <span className="meta">{t('relations.share', { value: format.percent(role.sharePct) })}</span>}
            </li>
          ))}
        </ul>
      </RelationSection>

      <RelationSection title={t('relations.agreements')} count={r.agreements.length}>
        <AgreementSummaryList agreements={r.agreements} />
      </RelationSection>

      <RelationSection title={t('relations.sources')} count={r.sources.length}>
        <SourceLinkList links={r.sources} />
      </RelationSection>
    </article>
  );
}

export function ProjectDetail({ store, id }: { store: ProjectsStore; id: number }) {
  return (
    <RecordView store={store.detail} id={id}>
      {(data) => <ProjectPage {...data} />}
    </RecordView>
  );
}
