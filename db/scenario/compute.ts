import { addProject, BLOCK_FIELDS, toSeries } from './accumulate';
import { buildModel, type Model } from './model';
import { cellSums, rollups, sumCells } from './rollup';
import type { Outcome, ProjectInput, ProjectModel, RunOptions, ScenarioDef, ScenarioResult, Series } from './types';

const adderFor = (model: Model) => {
  const [y0, n, buildYears] = [model.years[0], model.years.length, model.globals.buildYears.value];
  return (acc: Float64Array, base: number, r: ProjectModel) => addProject(acc, base, r, y0, n, buildYears);
};

/** The totals of a built model, without roll-ups; what the tornado needs for each swing. */
export function computeTotals(model: Model): Series {
  const n = model.years.length;
  const add = adderFor(model);
  const sums = new Float64Array(BLOCK_FIELDS * n);
  for (const r of model.rows) if (r.included) add(sums, 0, r);
  return toSeries(sums, 0, n);
}

export function computeResult(model: Model): ScenarioResult {
  const n = model.years.length;
  const { cells, sums } = cellSums(model.rows, n, adderFor(model));
  return {
    scenarioId: model.head.id,
    scenarioName: model.head.name,
    years: model.years,
    assumptions: model.globals,
    totals: sumCells(cells, sums, n),
    rollups: rollups(cells, sums, n),
    projects: model.rows,
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

/** One project's series in a result, computed when asked for: the method applied to that project alone. */
export function projectSeries(result: ScenarioResult, index: number): Series {
  const n = result.years.length;
  const sums = new Float64Array(BLOCK_FIELDS * n);
  addProject(sums, 0, result.projects[index], result.years[0], n, result.assumptions.buildYears.value);
  return toSeries(sums, 0, n);
}
