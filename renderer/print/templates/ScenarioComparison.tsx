import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { comparisonView } from '../../../db/scenario';
import type { ContentOf } from '../../../db/schema/briefing-document';
import { LineChartFigure } from '../charts/LineChartFigure';
import { TornadoFigure } from '../charts/TornadoFigure';
import { useLabels } from '../labels';
import { noteOf } from '../model/notes';
import { createNumbering } from '../model/numbering';
import { DataTable } from '../parts/DataTable';
import { Figure } from '../parts/Figure';
import { Plain } from '../parts/Plain';
import { Section } from '../parts/Section';
import { SourceList } from '../parts/SourceList';
import { isolate, useScenarioLabels } from './scenario-labels';

/**
 * Template 3: a saved comparison drawn as the comparison view draws it (db/scenario comparisonView,
 * the same numbers from the same inputs): the chosen result per year for each scenario, cumulative
 * abatement, what moves the result most, the yearly differences, the assumptions that differ, the
 * targets, the projects left out and why, and the method in a footnote.
 */
export function ScenarioComparison({ content: c }: { content: ContentOf<'scenarios'> }) {
  const { t } = useTranslation('briefings');
  const l = useLabels();
  const s = useScenarioLabels();
  const outcome = useMemo(() => comparisonView({ scenarioIds: c.comparison.scenarioIds, settings: c.comparison.settings }, c.inputs), [c]);
  const num = createNumbering();

  if (!outcome.ok) {
    const n = num.section();
    return (
      <>
        <Section n={n} title={t('scenario.results')}>
          <p className="doc-empty">{t('scenario.cannotRun')}</p>
          <ul>
            {outcome.issues.map((i, k) => (
              <li key={k}>
                <Plain text={i.message} />
              </li>
            ))}
          </ul>
        </Section>
        <SourceList n={num.section()} />
      </>
    );
  }

  const v = outcome.result;
  const { settings } = v;
  const weighted = settings.riskWeighted && settings.metric !== 'localisation';
  const mode = weighted ? t('scenario.riskWeighted') : t('scenario.nominal');
  const clusterName = (id: number) => c.inputs.clusters.find((x) => x.id === id)?.name ?? `#${id}`;
  const illustrative = v.scenarios.some((x) => x.illustrative);
  const scenarioFacts = noteOf(c.inputs.projects.map((p) => c.projectSources[p.id] ?? []), { illustrative });
  const formatMetric = (value: number) => (settings.metric === 'capex' ? l.money(value, 'USD') : l.format.number(value, 1));
  const series = v.scenarios.map((x) => ({ key: x.key, name: isolate(x.name) }));
  const nameOf = (id: number) => v.scenarios.find((x) => x.id === id)?.name ?? '';
  // One row per scenario and project, with every reason it is left out of some result.
  const excluded = v.excluded.flatMap((e) =>
    [...new Set(e.projects.map((p) => p.projectId))].map((projectId) => {
      const reasons = e.projects.filter((p) => p.projectId === projectId);
      return { scenarioId: e.scenarioId, projectId, name: reasons[0].name, reasons };
    }),
  );

  const compared = num.section();
  const scenariosTable = { table: num.table(), note: num.note() };
  const results = num.section();
  const mainFigure = { figure: num.figure(), note: num.note() };
  const cumulativeFigure = { figure: num.figure(), note: num.note() };
  const tornadoFigure = v.tornado && v.tornado.bars.length ? { figure: num.figure(), note: num.note() } : null;
  const differencesTable = { table: num.table(), note: num.note() };
  const assumptions = num.section();
  const assumptionsTable = v.assumptions.length ? { table: num.table(), note: num.note() } : null;
  const targets = v.gaps.length ? { section: num.section(), table: num.table(), note: num.note() } : null;
  const left = num.section();
  const leftTable = excluded.length ? { table: num.table(), note: num.note() } : null;
  const method = num.section();
  const methodNote = num.note();
  const sources = num.section();

  const metricTitle = `${s.metric(settings.metric)} (${s.unit(settings.metric)}), ${mode}`;
  const cumulativeRows = weighted ? v.lines.cumulative.riskWeighted : v.lines.cumulative.nominal;
  const mainRows = weighted ? v.lines[settings.metric].riskWeighted : v.lines[settings.metric].nominal;

  return (
    <>
      <Section n={compared} title={t('scenario.compared')}>
        <p>
          {t('scenario.comparisonName')} <Plain text={c.comparison.name} />
        </p>
        <Figure kind="table" number={scenariosTable.table} note={scenariosTable.note} facts={noteOf([], { illustrative })} title={t('scenario.scenariosCaption')}>
          <DataTable
            rows={v.scenarios}
            rowKey={(x) => x.id}
            columns={[
              { key: 'name', header: t('scenario.name'), rowHeader: true, cell: (x) => <Plain text={x.name} /> },
              {
                key: 'horizon',
                header: t('scenario.horizon'),
                cell: (x) => {
                  const def = c.inputs.scenarios.find((d) => d.id === x.id)!;
                  return `${l.format.year(def.horizonStart)}–${l.format.year(def.horizonEnd)}`;
                },
              },
              {
                key: 'parent',
                header: t('scenario.parent'),
                cell: (x) => {
                  const parent = c.inputs.scenarios.find((d) => d.id === c.inputs.scenarios.find((e) => e.id === x.id)?.parentId);
                  return parent ? <Plain text={parent.name} /> : '—';
                },
              },
              { key: 'illustrative', header: t('scenario.illustrative'), cell: (x) => (x.illustrative ? t('document.yes') : t('document.no')) },
            ]}
          />
        </Figure>
      </Section>

      <Section n={results} title={t('scenario.results')}>
        <Figure kind="figure" number={mainFigure.figure} note={mainFigure.note} facts={scenarioFacts} title={metricTitle}>
          <LineChartFigure
            rows={mainRows}
            series={series}
            format={formatMetric}
            year={l.format.year}
            references={v.chartTargets.map((g) => ({ value: g.targetValue, label: isolate(g.target.name) }))}
            label={metricTitle}
          />
        </Figure>
        <Figure kind="figure" number={cumulativeFigure.figure} note={cumulativeFigure.note} facts={scenarioFacts} title={`${s.metric('cumulative')} (${s.unit('cumulative')}), ${mode}`}>
          <LineChartFigure rows={cumulativeRows} series={series} format={(x) => l.format.number(x, 1)} year={l.format.year} label={s.metric('cumulative')} />
        </Figure>
        {tornadoFigure && v.tornado && (
          <Figure
            kind="figure"
            number={tornadoFigure.figure}
            note={tornadoFigure.note}
            facts={scenarioFacts}
            title={t('scenario.tornado', { year: l.format.year(v.tornado.year) })}
          >
            <p className="doc-small">
              {t('scenario.tornadoFocus')} <Plain text={v.focus.name} />
            </p>
            <TornadoFigure
              data={v.tornado.bars.slice(0, 12).map((b) => ({ label: s.tornadoBar(b), low: b.lowValue - v.tornado!.base, high: b.highValue - v.tornado!.base }))}
              format={formatMetric}
              label={t('scenario.tornado', { year: l.format.year(v.tornado.year) })}
            />
          </Figure>
        )}
        <Figure kind="table" number={differencesTable.table} note={differencesTable.note} facts={scenarioFacts} title={t('scenario.differencesCaption', { metric: metricTitle })}>
          <DataTable
            rows={v.differences}
            rowKey={(r) => r.year}
            columns={[
              { key: 'year', header: t('scenario.year'), rowHeader: true, cell: (r) => l.format.year(r.year) },
              ...v.scenarios.map((x, i) => ({
                key: x.key,
                header: x.name,
                numeric: true,
                cell: (r: (typeof v.differences)[number]) => (r.values[i] === null ? '—' : formatMetric(r.values[i]!)),
              })),
              ...v.scenarios.slice(1).map((x, i) => ({
                key: `d-${x.key}`,
                // Scenario names are the analyst's text: joined here, never interpolated by t().
                header: `${t('scenario.difference')}: ${x.name} − ${v.scenarios[0].name}`,
                numeric: true,
                cell: (r: (typeof v.differences)[number]) => (r.differences[i] === null ? '—' : formatMetric(r.differences[i]!)),
              })),
            ]}
          />
        </Figure>
      </Section>

      <Section n={assumptions} title={t('scenario.assumptions')}>
        {assumptionsTable ? (
          <Figure kind="table" number={assumptionsTable.table} note={assumptionsTable.note} facts={noteOf([], { illustrative })} title={t('scenario.assumptionsCaption')}>
            <DataTable
              rows={v.assumptions}
              rowKey={(_d, i) => i}
              columns={[
                { key: 'where', header: t('scenario.where'), rowHeader: true, cell: (d) => s.where(d, clusterName) },
                ...v.scenarios.map((x, i) => ({
                  key: x.key,
                  header: x.name,
                  cell: (d: (typeof v.assumptions)[number]) => s.value(d.values[i]?.value, d.field),
                })),
              ]}
            />
          </Figure>
        ) : (
          <p className="doc-empty">{t('scenario.noDifferences')}</p>
        )}
      </Section>

      {targets && (
        <Section n={targets.section} title={t('scenario.targets')}>
          <Figure
            kind="table"
            number={targets.table}
            note={targets.note}
            facts={noteOf(v.gaps.map((g) => c.targetSources[g.target.id] ?? []))}
            title={t('scenario.targetsCaption')}
          >
            <DataTable
              rows={v.gaps}
              rowKey={(g) => g.target.id}
              columns={[
                { key: 'name', header: t('scenario.target'), rowHeader: true, cell: (g) => <Plain text={g.target.name} /> },
                { key: 'year', header: t('scenario.year'), cell: (g) => l.format.year(g.target.year) },
                { key: 'value', header: t('scenario.targetValue'), numeric: true, cell: (g) => `${l.format.number(g.target.value, 2)} ${g.target.unit}` },
                ...v.scenarios.map((x, i) => ({
                  key: x.key,
                  header: x.name,
                  cell: (g: (typeof v.gaps)[number]) => {
                    const at = weighted ? g.gaps[i].riskWeighted : g.gaps[i].nominal;
                    if (at.gap === null) return '—';
                    return `${at.met ? t('scenario.met') : t('scenario.notMet')} (${l.format.number(at.gap, 1)})`;
                  },
                })),
              ]}
            />
          </Figure>
        </Section>
      )}

      <Section n={left} title={t('scenario.leftOut')}>
        {leftTable ? (
          <Figure kind="table" number={leftTable.table} note={leftTable.note} facts={noteOf(excluded.map((e) => c.projectSources[e.projectId] ?? []))} title={t('scenario.leftOutCaption')}>
            <DataTable
              rows={excluded}
              rowKey={(_e, i) => i}
              columns={[
                { key: 'scenario', header: t('scenario.name'), cell: (e) => <Plain text={nameOf(e.scenarioId)} /> },
                { key: 'project', header: t('project.name'), rowHeader: true, cell: (e) => <Plain text={e.name} /> },
                {
                  key: 'why',
                  header: t('scenario.why'),
                  cell: (e) => (
                    <ul className="doc-inline-list">
                      {e.reasons.map((r) => (
                        <li key={r.code}>{s.exclusion(r)}</li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </Figure>
        ) : (
          <p className="doc-empty">{t('scenario.noneLeftOut')}</p>
        )}
      </Section>

      <Section n={method} title={t('scenario.method')}>
        <p>
          {t('scenario.methodSummary')}
          <sup className="doc-note-ref">
            <a href={`#note-${methodNote}`}>{methodNote}</a>
          </sup>
        </p>
        <p className="doc-footnote" id={`note-${methodNote}`}>
          <span className="doc-note-mark">{methodNote}</span> {t('scenario.methodNote')}
        </p>
      </Section>

      <SourceList n={sources} />
    </>
  );
}
