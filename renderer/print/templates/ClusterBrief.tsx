import { useTranslation } from 'react-i18next';
import type { ContentOf } from '../../../db/schema/briefing-document';
import { useLabels } from '../labels';
import { fieldCites, noteOf } from '../model/notes';
import { createNumbering } from '../model/numbering';
import { FieldTable } from '../parts/DataTable';
import { Figure } from '../parts/Figure';
import { Plain } from '../parts/Plain';
import { Section } from '../parts/Section';
import { SourceList } from '../parts/SourceList';
import { AgreementsTable } from './AgreementsTable';
import { IndicatorFigures, numberIndicatorFigures } from './IndicatorFigures';
import { ProjectsTable } from './ProjectsTable';

type Figures = 'baselineMt' | 'reductionPotentialMt' | 'gdpUsdBn' | 'jobs';

/** Template 1: a cluster's identity, headline figures, projects with partners, agreements and indicators. */
export function ClusterBrief({ content: c }: { content: ContentOf<'cluster'> }) {
  const { t } = useTranslation('briefings');
  const { t: tApp } = useTranslation();
  const l = useLabels();
  const num = createNumbering();
  const cl = c.cluster;
  const dash = '—';

  const headline: { field: Figures; label: string; value: string | null }[] = [
    {
      field: 'baselineMt',
      label: t('cluster.baseline'),
      value: cl.baselineMt === null ? null : `${l.mt(cl.baselineMt)}${cl.baselineYear === null ? '' : ` (${l.format.year(cl.baselineYear)})`}`,
    },
    { field: 'reductionPotentialMt', label: t('cluster.reduction'), value: cl.reductionPotentialMt === null ? null : l.mt(cl.reductionPotentialMt) },
    { field: 'gdpUsdBn', label: t('cluster.gdp'), value: cl.gdpUsdBn === null ? null : l.usdBn(cl.gdpUsdBn) },
    { field: 'jobs', label: t('cluster.jobs'), value: cl.jobs === null ? null : l.format.number(cl.jobs, 0) },
  ];
  const stated = headline.filter((h) => h.value !== null);
  const ownSeries = c.indicators.length > 0;

  const identity = num.section();
  const identityTable = num.table();
  const identityNote = num.note();
  const figures = num.section();
  const figuresTable = stated.length ? { table: num.table(), note: num.note() } : null;
  const projects = num.section();
  const projectsTable = c.projects.length ? { table: num.table(), note: num.note() } : null;
  const agreements = num.section();
  const agreementsTable = c.agreements.length ? { table: num.table(), note: num.note() } : null;
  const indicators = num.section();
  const series = numberIndicatorFigures(ownSeries ? c.indicators : c.initiativeIndicators, num);
  const sources = num.section();

  return (
    <>
      <Section n={identity} title={t('cluster.identity')}>
        <Figure kind="table" number={identityTable} note={identityNote} facts={noteOf([c.sources])} title={<Plain text={cl.name} />}>
          <FieldTable
            fields={[
              { label: t('cluster.name'), value: <Plain text={cl.name} /> },
              { label: t('cluster.nameLocal'), value: cl.nameLocal ? <Plain text={cl.nameLocal} /> : dash },
              { label: t('cluster.country'), value: l.format.country(cl.country) },
              { label: t('cluster.location'), value: cl.location ? <Plain text={cl.location} /> : dash },
              { label: t('cluster.kind'), value: tApp(`enum.clusterKind.${cl.kind}`) },
              { label: t('cluster.sectors'), value: cl.sectors?.length ? cl.sectors.map((s) => tApp(`enum.sector.${s}`)).join(t('document.listSeparator')) : dash },
              { label: t('cluster.lead'), value: c.leadPartner ? <Plain text={c.leadPartner.name} /> : dash },
              {
                label: t('cluster.initiative'),
                value: c.initiative ? (
                  <>
                    <Plain text={c.initiative.name} />
                    {cl.joinedOn && <> · {t('cluster.joined', { date: l.format.partialDate(cl.joinedOn) })}</>}
                    {cl.joinedEvent && (
                      <>
                        {' '}
                        (<Plain text={cl.joinedEvent} />)
                      </>
                    )}
                  </>
                ) : (
                  dash
                ),
              },
              { label: t('cluster.commitment'), value: cl.netZeroCommitment ? <Plain text={cl.netZeroCommitment} /> : dash },
            ]}
          />
        </Figure>
        {cl.notes && (
          <p className="doc-notes">
            <Plain text={cl.notes} />
          </p>
        )}
      </Section>

      <Section n={figures} title={t('cluster.figures')}>
        {figuresTable ? (
          <Figure
            kind="table"
            number={figuresTable.table}
            note={figuresTable.note}
            facts={noteOf(stated.map((h) => fieldCites(c, h.field)))}
            title={t('cluster.figuresCaption')}
          >
            <FieldTable fields={headline.map((h) => ({ label: h.label, value: h.value ?? t('document.notStated') }))} />
          </Figure>
        ) : (
          <p className="doc-empty">{t('cluster.noFigures')}</p>
        )}
      </Section>

      <Section n={projects} title={t('cluster.projects')}>
        {projectsTable ? (
          <Figure kind="table" number={projectsTable.table} note={projectsTable.note} facts={noteOf(c.projects.map((p) => p.sources))} title={t('cluster.projectsCaption')}>
            <ProjectsTable projects={c.projects} columns="partners" />
          </Figure>
        ) : (
          <p className="doc-empty">{t('cluster.noProjects')}</p>
        )}
      </Section>

      <Section n={agreements} title={t('cluster.agreements')}>
        {agreementsTable ? (
          <Figure
            kind="table"
            number={agreementsTable.table}
            note={agreementsTable.note}
            facts={noteOf(c.agreements.map((a) => a.sources))}
            title={t('cluster.agreementsCaption')}
          >
            <AgreementsTable agreements={c.agreements} />
          </Figure>
        ) : (
          <p className="doc-empty">{t('cluster.noAgreements')}</p>
        )}
      </Section>

      <Section n={indicators} title={t('cluster.indicators')}>
        {!ownSeries && c.initiative && c.initiativeIndicators.length > 0 && (
          <p>
            {t('cluster.initiativeContext')} <Plain text={c.initiative.name} />.
          </p>
        )}
        {series.length === 0 && <p className="doc-empty">{t('cluster.noIndicators')}</p>}
        <IndicatorFigures figures={series} />
      </Section>

      <SourceList n={sources} />
    </>
  );
}
