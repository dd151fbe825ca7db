/**
 * The method's per-year formulas, in one place so the deterministic run, the Monte Carlo run and the
 * tornado cannot drift apart. Only + − × ÷ are used: IEEE 754 fixes their results exactly, so every
 * machine gives the same numbers.
 */

/**
 * Share of full annual abatement in year start + k. With R ramp-up years (R ≥ 1) the share is
 * (k + 1) / R until it reaches 1, so full abatement comes in the R-th operating year; R = 0 and
 * R = 1 both give full abatement from the start year. Before the start year the share is 0.
 */
export function rampShare(k: number, rampUpYears: number): number {
  if (k < 0) return 0;
  return k + 1 >= rampUpYears ? 1 : (k + 1) / rampUpYears;
}

/**
 * The build years of a project starting in `start`: the B years before it (start − B to start − 1),
 * each carrying 1/B of the capex and the full construction workforce. B = 0 means a build shorter
 * than a year: everything falls in the start year.
 */
export function buildWindow(start: number, buildYears: number): { first: number; last: number; divisor: number } {
  return buildYears === 0 ? { first: start, last: start, divisor: 1 } : { first: start - buildYears, last: start - 1, divisor: buildYears };
}

/**
 * Localisation share in `year`: the current share up to the base year (the first horizon year),
 * a straight line to the target share in the target year, the target share after it.
 */
export function localisationAt(year: number, baseYear: number, current: number, target: number, targetYear: number): number {
  if (year >= targetYear) return target;
  if (year <= baseYear) return current;
  return current + ((target - current) * (year - baseYear)) / (targetYear - baseYear);
}
