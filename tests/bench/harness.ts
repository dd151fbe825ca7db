/** One measured figure beside its baseline, as printed by `npm run bench`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  baselineValue: number;
  ratio: number;
}

export interface BenchCase {
  name: string;
  run(): Promise<Figure[]>;
}

export const figure = (name: string, value: number, unit: string, baseline: string, baselineValue: number): Figure => ({
  name,
  value: round(value),
  unit,
  baseline,
  baselineValue: round(baselineValue),
  ratio: round(baselineValue === 0 ? 0 : value / baselineValue),
});

const round = (n: number) => Math.round(n * 100) / 100;

export const formatFigure = (f: Figure) =>
  `${f.name}: ${f.value} ${f.unit} (${f.baseline}: ${f.baselineValue} ${f.unit}, ratio ${f.ratio})`;

export async function timeMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The median of several runs, so one slow run (a GC, a disk flush) does not decide the figure. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
