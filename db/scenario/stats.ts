/**
 * A draw from the triangular distribution (low, mode, high) by its inverse distribution function,
 * from u uniform in [0, 1). Its mean is (low + mode + high) / 3, the central value only when the
 * range is symmetric.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width === 0) return mode;
  return u * width < mode - low ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}

/**
 * The q-quantile of sorted values by linear interpolation between the two nearest ranks (the
 * usual "type 7" definition of spreadsheets and numpy), so P50 of an even count is the midpoint.
 */
export function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
