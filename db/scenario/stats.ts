/**
 * The triangular distribution (low, mode, high) prepared for many draws: its mean is
 * (low + mode + high) / 3, the central value only when the range is symmetric.
 */
export interface Triangle {
  low: number;
  high: number;
  /** u below split / width falls left of the mode. */
  width: number;
  split: number;
  left: number;
  right: number;
}

export const triangle = (low: number, mode: number, high: number): Triangle => ({
  low,
  high,
  width: high - low,
  split: mode - low,
  left: (high - low) * (mode - low),
  right: (high - low) * (high - mode),
});

/**
 * A draw by the inverse distribution function from u uniform in [0, 1). With no range (low = mode
 * = high) both products are 0 and the draw is the mode itself.
 */
export function drawTriangle(u: number, low: number, high: number, width: number, split: number, left: number, right: number): number {
  return u * width < split ? low + Math.sqrt(u * left) : high - Math.sqrt((1 - u) * right);
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
