import type { IndicatorPoint } from '../../../db/schema/briefing-document';
import { BarChartFigure } from '../charts/BarChartFigure';
import { useLabels } from '../labels';
import { metricOrder, useMetricNames } from '../metric-names';
import { noteOf } from '../model/notes';
import type { Numbering } from '../model/numbering';
import { Figure } from '../parts/Figure';

/** The series of one subject, a metric per chart, each point's own source in the note. */
export function groupByMetric(points: readonly IndicatorPoint[]): { metric: string; unit: string; points: IndicatorPoint[] }[] {
  const out = new Map<string, { metric: string; unit: string; points: IndicatorPoint[] }>();
  for (const p of points) {
    const key = `${p.metric}\u0000${p.unit}`;
    if (!out.has(key)) out.set(key, { metric: p.metric, unit: p.unit, points: [] });
    out.get(key)!.points.push(p);
  }
  const rank = (m: string) => (metricOrder.includes(m) ? metricOrder.indexOf(m) : metricOrder.length);
  return [...out.values()]
    .sort((a, b) => rank(a.metric) - rank(b.metric) || a.metric.localeCompare(b.metric))
    .map((g) => ({ ...g, points: g.points.sort((a, b) => a.year - b.year) }));
}

export interface IndicatorFigure {
  metric: string;
  unit: string;
  points: IndicatorPoint[];
  figure: number;
  note: number;
}

/** Takes the figure and note numbers for each metric, in order, in the caller's body. */
export const numberIndicatorFigures = (points: readonly IndicatorPoint[], num: Numbering): IndicatorFigure[] =>
  groupByMetric(points).map((g) => ({ ...g, figure: num.figure(), note: num.note() }));

export function IndicatorFigures({ figures }: { figures: readonly IndicatorFigure[] }) {
  const l = useLabels();
  const names = useMetricNames();
  return (
    <>
      {figures.map((g) => {
        const title = `${names.metric(g.metric)} (${names.unit(g.unit)})`;
        const data = g.points.map((p) => ({ label: l.format.year(p.year), value: p.value }));
        return (
          <Figure
            key={`${g.metric}-${g.unit}`}
            kind="figure"
            number={g.figure}
            note={g.note}
            facts={noteOf(g.points.map((p) => (p.sourceId === null ? [] : [p.sourceId])))}
            title={<bdi>{title}</bdi>}
          >
            <BarChartFigure
              shape="columns"
              data={data}
              format={(v) => l.format.number(v, 1)}
              label={`${title}: ${data.map((d) => `${d.label} ${l.format.number(d.value, 1)}`).join(', ')}`}
            />
          </Figure>
        );
      })}
    </>
  );
}
