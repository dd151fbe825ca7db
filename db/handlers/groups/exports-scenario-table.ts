import { AppError } from '../../contract/result';
import { metricSeries, runScenario, scenarioChain, type Issue, type ScenarioResult } from '../../scenario';
import type { ComparisonMetric } from '../../schema/scenarios';
import type { ExportColumn, ExportTable } from '../../io/export-table';
import type { Workspace } from '../../store/workspace';

/** The metrics of the comparison charts, each nominal and risk-weighted, in the charts' units. */
const METRICS: { metric: ComparisonMetric; header: string; type: ExportColumn['type'] }[] = [
  { metric: 'abatement', header: 'Abatement (kt CO2e/yr)', type: 'number' },
  { metric: 'cumulative', header: 'Cumulative abatement (kt CO2e)', type: 'number' },
  { metric: 'capex', header: 'Capex', type: 'number' },
  { metric: 'jobs', header: 'Jobs (construction and permanent)', type: 'number' },
  { metric: 'operatingProjects', header: 'Operating projects', type: 'number' },
];

const COLUMNS: ExportColumn[] = [
  { key: 'scenario', header: 'Scenario', type: 'text' },
  { key: 'year', header: 'Year', type: 'integer' },
  { key: 'currency', header: 'Capex currency', type: 'text' },
  ...METRICS.flatMap(({ metric, header, type }) => [
    { key: metric, header, type },
    { key: `${metric}RiskWeighted`, header: `${header}, risk-weighted`, type },
  ]),
  { key: 'localisation', header: 'Localisation (%)', type: 'number' },
];

const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);

function stopped(issues: Issue[]): AppError {
  const errors = issues.filter((i) => i.severity === 'error');
  return new AppError('VALIDATION', `The results cannot be computed: ${errors.map((i) => i.message).join(' ')}`.trim(), { issues: errors.slice(0, 20) });
}

/** Each scenario's results as the engine gives them, in the order asked, or the issues that stop them. */
function results(ws: Workspace, ids: readonly number[]): ScenarioResult[] {
  const inputs = ws.scenarios.inputs.read(ids);
  const clusterNames = Object.fromEntries(inputs.clusters.map((c) => [c.id, c.name]));
  return ids.map((id) => {
    const { chain, issues } = scenarioChain(inputs.scenarios, id);
    if (issues.length) throw stopped(issues);
    const run = runScenario(inputs.projects, chain, { clusterNames });
    if (!run.ok) throw stopped(run.issues);
    return run.result;
  });
}

/** One row per scenario and year: what the results and comparison views chart, as numbers. */
function rowsOf(result: ScenarioResult): Record<string, unknown>[] {
  const series = METRICS.map(({ metric }) => [metric, metricSeries(result.totals, metric, false), metricSeries(result.totals, metric, true)] as const);
  const localisation = metricSeries(result.totals, 'localisation', false);
  return result.years.map((year, t) => ({
    scenario: result.scenarioName,
    year,
    currency: result.assumptions.currency.value,
    ...Object.fromEntries(series.flatMap(([metric, nominal, weighted]) => [[metric, finite(nominal[t])], [`${metric}RiskWeighted`, finite(weighted[t])]])),
    localisation: finite(localisation[t]),
  }));
}

/** Scenarios' results, year by year, as one table; the name becomes the sheet's. */
export function scenarioTable(ws: Workspace, ids: readonly number[], name: string): ExportTable {
  return { name, columns: COLUMNS, rows: results(ws, ids).flatMap(rowsOf) };
}
