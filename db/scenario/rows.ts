import type { ModelRow } from './model';
import { buildWindow, localisationAt, rampShare } from './shape';
import type { ProjectRows } from './types';

export function allocateRows(modelRows: readonly ModelRow[], years: number): ProjectRows {
  const cells = modelRows.length * years;
  const localisation = new Float64Array(cells);
  localisation.fill(NaN);
  return {
    ids: modelRows.map((r) => r.project.id),
    included: Uint8Array.from(modelRows, (r) => (r.included ? 1 : 0)),
    probability: Float64Array.from(modelRows, (r) => r.probability),
    abatement: new Float64Array(cells),
    capex: new Float64Array(cells),
    jobsConstruction: new Float64Array(cells),
    jobsPermanent: new Float64Array(cells),
    operating: new Float64Array(cells),
    localisation,
  };
}

/**
 * Writes project i's nominal values for the horizon years y0 … y0 + n − 1 into its row. A value the
 * project lacks is NaN in the model and leaves its row at zero (NaN for localisation).
 */
export function writeRow(r: ModelRow, i: number, y0: number, n: number, buildYears: number, out: ProjectRows): void {
  if (!r.included) return;
  const off = i * n;
  if (r.localisation) {
    const { current, target, targetYear } = r.localisation;
    for (let t = 0; t < n; t++) out.localisation[off + t] = localisationAt(y0 + t, y0, current, target, targetYear);
  }
  if (Number.isNaN(r.start)) return;
  const k0 = y0 - r.start;
  if (!Number.isNaN(r.abatement)) {
    for (let t = Math.max(0, -k0); t < n; t++) out.abatement[off + t] = r.abatement * rampShare(k0 + t, r.rampUpYears);
  }
  const from = Math.max(0, -k0);
  if (!Number.isNaN(r.jobsPermanent)) for (let t = from; t < n; t++) out.jobsPermanent[off + t] = r.jobsPermanent;
  if (r.operating) for (let t = from; t < n; t++) out.operating[off + t] = 1;
  const { first, last, divisor } = buildWindow(r.start, buildYears);
  const t0 = Math.max(0, first - y0);
  const t1 = Math.min(n - 1, last - y0);
  if (!Number.isNaN(r.capex)) {
    const perYear = r.capex / divisor;
    for (let t = t0; t <= t1; t++) out.capex[off + t] = perYear;
  }
  if (!Number.isNaN(r.jobsConstruction)) for (let t = t0; t <= t1; t++) out.jobsConstruction[off + t] = r.jobsConstruction;
}
