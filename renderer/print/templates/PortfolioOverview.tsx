import { useTranslation } from 'react-i18next';
import type { ContentOf, GroupTotal, ProjectLine } from '../../../db/schema/briefing-document';
import type { ProjectCategory, ProjectStage } from '../../../db/schema/enums';
import { BarChartFigure, type BarDatum } from '../charts/BarChartFigure';
import { useLabels } from '../labels';
import { fieldCites, noteOf } from '../model/notes';
import { createNumbering, type Numbering } from '../model/numbering';
import { DataTable } from '../parts/DataTable';
import { Figure } from '../parts/Figure';
import { Plain } from '../parts/Plain';
import { Section } from '../parts/Section';
import { SourceList } from '../parts/SourceList';
import { ProjectsTable } from './ProjectsTable';

type Measure = 'projects' | 'capexUsd' | 'abatementKt';
type Grouping = 'stage' | 'country' | 'category' | 'signedYear';

interface ChartPlan {
  grouping: Grouping;
  measure: Measure;
  rows: GroupTotal[];
  /** Numbers only for charts that have values: a chart with none is a sentence, not a figure. */
  numbers: { figure: number; note: number } | null;
}

/** The eight charts of the overview, in reading order: counts, then money and abatement, per grouping. */
const CHARTS: readonly [Grouping, Measure][] = [
  ['stage', 'projects'],
  ['country', 'projects'],
  ['country', 'capexUsd'],
  ['country', 'abatementKt'],
  ['category', 'projects'],
  ['category', 'capexUsd'],
  ['category', 'abatementKt'],
  ['signedYear', 'projects'],
];

const FIELD_OF: Record<Measure, string | null> = { projects: null, capexUsd: 'capex', abatementKt: 'abatementKt' };

/** Template 2: totals by country, category and stage, a pipeline chart, the largest projects and every project in scope. */
export function PortfolioOverview({ content: c }: { content: ContentOf<'portfolio'> }) {
  const { t } = useTranslation('briefings');
  const l = useLabels();
  const num: Numbering = createNumbering();
  const empty = c.projects.length === 0;

  const groups: Record<Grouping, GroupTotal[]> = { stage: c.byStage, country: c.byCountry, category: c.byCategory, signedYear: c.bySignedYear };
  const groupLabel: Record<Grouping, (key: string) => string> = {
    stage: (k) => l.stage(k as ProjectStage),
    country: (k) => l.format.country(k),
    category: (k) => l.category(k as ProjectCategory),
    signedYear: (k) => l.format.year(Number(k)),
  };
  const inGroup = (g: Grouping, key: string) => (p: ProjectLine) =>
    g === 'stage' ? p.stage === key : g === 'country' ? p.country === key : g === 'category' ? p.category === key : p.signedOn?.slice(0, 4) === key;
  const measureFormat: Record<Measure, (v: number) => string> = {
    projects: (v) => l.format.number(v, 0),
    capexUsd: (v) => l.money(v, 'USD'),
    abatementKt: (v) => l.format.number(v, 1),
  };

  const projectsById = new Map(c.projects.map((p) => [p.id, p]));
  const largestProjects = c.largest.flatMap((id) => projectsById.get(id) ?? []);

  const scope = num.section();
  const totalsTable = empty ? null : { table: num.table(), note: num.note() };
  const charts = empty ? null : { section: num.section() };
  const plans: ChartPlan[] = empty
    ? []
    : CHARTS.map(([grouping, measure]) => {
        const rows = groups[grouping].filter((g) => g[measure] !== null);
        return { grouping, measure, rows, numbers: rows.length ? { figure: num.figure(), note: num.note() } : null };
      });
  const largest = empty ? null : { section: num.section(), numbers: largestProjects.length ? { table: num.table(), note: num.note() } : null };
  const annex = empty ? null : { section: num.section(), table: num.table(), note: num.note() };
  const sources = num.section();
  const citesOf = (projects: readonly ProjectLine[], measure: Measure) =>
    projects.filter((p) => measure === 'projects' || p[FIELD_OF[measure] as 'capex' | 'abatementKt'] !== null).map((p) => (FIELD_OF[measure] ? fieldCites(p, FIELD_OF[measure]!) : p.sources));

  const filterText = [
    ...c.filters.countries.map((x) => l.format.country(x)),
    ...c.filters.categories.map((x) => l.category(x)),
    ...c.filters.stages.map((x) => l.stage(x)),
  ];

  return (
    <>
      <Section n={scope} title={t('portfolio.scope')}>
        <p>
          {filterText.length === 0 && c.filters.clusters.length === 0 ? t('portfolio.wholePortfolio') : t('portfolio.selection')}{' '}
          {filterText.join(t('document.listSeparator'))}
          {c.filters.clusters.map((cl, i) => (
            <span key={cl.id}>
              {(i > 0 || filterText.length > 0) && t('document.listSeparator')}
              <Plain text={cl.name} />
            </span>
          ))}
        </p>
        {empty ? (
          <p className="doc-empty doc-empty-page">{t('portfolio.empty')}</p>
        ) : (
          totalsTable && (
            <Figure
              kind="table"
              number={totalsTable.table}
              note={totalsTable.note}
              facts={noteOf(c.projects.map((p) => p.sources))}
              title={t('portfolio.totalsCaption')}
            >
              <DataTable
                rows={[c.totals]}
                rowKey={() => 'all'}
                columns={[
                  { key: 'projects', header: t('portfolio.projects'), numeric: true, cell: (g) => l.format.number(g.projects, 0) },
                  { key: 'capex', header: t('portfolio.capexUsd'), numeric: true, cell: (g) => (g.capexUsd === null ? t('document.notStated') : l.money(g.capexUsd, 'USD')) },
                  { key: 'abatement', header: t('portfolio.abatementKt'), numeric: true, cell: (g) => (g.abatementKt === null ? t('document.notStated') : l.format.number(g.abatementKt, 1)) },
                  { key: 'jobs', header: t('portfolio.jobs'), numeric: true, cell: (g) => (g.jobs === null ? t('document.notStated') : l.format.number(g.jobs, 0)) },
                ]}
              />
              {c.otherCurrencyProjects > 0 && <p className="doc-small">{t('portfolio.otherCurrency', { count: c.otherCurrencyProjects })}</p>}
            </Figure>
          )
        )}
      </Section>

      {charts && (
        <Section n={charts.section} title={t('portfolio.charts')}>
          {plans.map(({ grouping, measure, rows, numbers }) => {
            const title = t(`portfolio.chart.${measure}`, { by: t(`portfolio.by.${grouping}`) });
            if (!numbers) {
              return (
                <p key={`${grouping}-${measure}`} className="doc-empty">
                  {title}: {t(`portfolio.noValues.${measure}`)}
                </p>
              );
            }
            const data: BarDatum[] = rows.map((g) => ({ label: groupLabel[grouping](g.key), value: g[measure] as number }));
            const inScope = c.projects.filter((p) => rows.some((g) => inGroup(grouping, g.key)(p)));
            return (
              <Figure key={`${grouping}-${measure}`} kind="figure" number={numbers.figure} note={numbers.note} facts={noteOf(citesOf(inScope, measure))} title={title}>
                <BarChartFigure
                  shape={grouping === 'stage' || grouping === 'signedYear' ? 'columns' : 'bars'}
                  data={data}
                  format={measureFormat[measure]}
                  label={`${title}: ${data.map((d) => `${d.label} ${measureFormat[measure](d.value)}`).join(', ')}`}
                />
              </Figure>
            );
          })}
        </Section>
      )}

      {largest && (
        <Section n={largest.section} title={t('portfolio.largest')}>
          {largest.numbers ? (
            <Figure
              kind="table"
              number={largest.numbers.table}
              note={largest.numbers.note}
              facts={noteOf(largestProjects.map((p) => fieldCites(p, 'capex')))}
              title={t('portfolio.largestCaption', { count: largestProjects.length })}
            >
              <ProjectsTable projects={largestProjects} columns="figures" />
            </Figure>
          ) : (
            <p className="doc-empty">{t('portfolio.noLargest')}</p>
          )}
        </Section>
      )}

      {annex && (
        <Section n={annex.section} title={t('portfolio.annex')} newPage>
          <Figure kind="table" number={annex.table} note={annex.note} facts={noteOf(c.projects.map((p) => p.sources))} title={t('portfolio.annexCaption', { count: c.projects.length })}>
            <ProjectsTable projects={c.projects} columns="figures" />
          </Figure>
        </Section>
      )}

      <SourceList n={sources} />
    </>
  );
}
