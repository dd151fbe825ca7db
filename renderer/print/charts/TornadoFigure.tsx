import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useBriefing } from '../context';
import { AXIS_TICK, barsHeight, CHART_WIDTH, SERIES_COLOURS } from './chart-style';

export interface TornadoDatum {
  label: string;
  /** The result with the assumption at its low and its high setting, minus the base result. */
  low: number;
  high: number;
}

/** What moves one result most: a bar per assumption from its low to its high effect around the base value. */
export function TornadoFigure({ data, format, label }: { data: readonly TornadoDatum[]; format: (value: number) => string; label: string }) {
  const { rtl } = useBriefing();
  const rows = data.map((d) => ({ label: d.label, range: [Math.min(d.low, d.high), Math.max(d.low, d.high)] }));
  return (
    <div className="doc-chart" data-chart="" role="img" aria-label={label}>
      <BarChart width={CHART_WIDTH} height={barsHeight(rows.length)} data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 24 }}>
        <CartesianGrid horizontal={false} stroke="#d3d9e0" />
        <XAxis type="number" reversed={rtl} tick={AXIS_TICK} tickFormatter={(v: number) => format(v)} />
        <YAxis type="category" dataKey="label" orientation={rtl ? 'right' : 'left'} width={200} tick={AXIS_TICK} interval={0} />
        <ReferenceLine x={0} stroke="#1b2330" />
        <Bar dataKey="range" fill={SERIES_COLOURS[1]} isAnimationActive={false} barSize={16} />
      </BarChart>
    </div>
  );
}
