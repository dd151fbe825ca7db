import { adder, BLOCK_FIELDS, toSeries } from './accumulate';
import { buildModel, type Model } from './model';
import { rollups } from './rollup';
import { allocateRows, writeRow } from './rows';
import type { Outcome, ProjectInput, ProjectRows, RunOptions, ScenarioDef, ScenarioResult, Series } from './types';

function projectRows(model: Model): ProjectRows {
  const n = model.years.length;
  const rows = allocateRows(model.rows, n);
  const buildYears = model.globals.buildYears.value;
  model.rows.forEach((r, i) => writeRow(r, i, model.years[0], n, buildYears, rows));
  return rows;
}

/** Totals are summed project by project in input order: exactly the sum of the per-project series. */
function totalsOf(model: Model, rows: ProjectRows, add: ReturnType<typeof adder>): Series {
  const n = model.years.length;
  const sums = new Float64Array(BLOCK_FIELDS * n);
  model.rows.forEach((r, i) => r.included && add(sums, 0, i));
  return toSeries(sums, 0, n);
}

/** The totals of a built model, without roll-ups; what the tornado needs for each swing. */
export function computeTotals(model: Model): Series {
  const rows = projectRows(model);
  return totalsOf(model, rows, adder(rows, model.years.length));
}

export function computeResult(model: Model): ScenarioResult {
  const n = model.years.length;
  const rows = projectRows(model);
  const add = adder(rows, n);
  return {
    scenarioId: model.head.id,
    scenarioName: model.head.name,
    years: model.years,
    totals: totalsOf(model, rows, add),
    rollups: rollups(model.rows, n, add),
    perProject: rows,
    excluded: model.excluded,
    issues: model.issues,
  };
}

/**
 * Runs a scenario over a portfolio: `chain` is the scenario followed by its parents, nearest first
 * (scenarioChain builds it). Errors in the scenario stop the run with their messages; projects
 * lacking values are listed in `excluded`, result by result.
 */
export function runScenario(projects: readonly ProjectInput[], chain: readonly ScenarioDef[], options: RunOptions = {}): Outcome<ScenarioResult> {
  const built = buildModel(projects, chain, options);
  return built.ok ? { ok: true, result: computeResult(built.result) } : built;
}
