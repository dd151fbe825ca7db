import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../app/i18n/use-format';
import { labelledMargin, tick } from './axis-props';
import { ChartFrame } from './ChartFrame';
import { useChartDirection } from './chart-direction';

export interface TornadoRow {
  label: string;
  /** The result at the low and the high setting, in either order. */
  low: number;
  high: number;
}

interface Props {
  title: string;
  unit?: string;
  summary: string;
  rows: readonly TornadoRow[];
  /** The result with every assumption at the scenario's value: the bars' common line. */
  base: number;
  baseLabel: string;
  colour: string;
}

const ROW_HEIGHT = 30;

/** What moves one result most: a bar per assumption from its low-setting to its high-setting result. */
export function TornadoChartView({ title, unit, summary, rows, base, baseLabel, colour }: Props) {
  const format = useFormat();
  const { rtl, reversed } = useChartDirection();
  const data = rows.map((r) => ({ label: r.label, range: [Math.min(r.low, r.high), Math.max(r.low, r.high)] }));
  return (
    <ChartFrame title={title} unit={unit} summary={summary}>
      <BarChart data={data} layout="vertical" style={{ width: '100%', height: 60 + ROW_HEIGHT * Math.max(1, rows.length) }} responsive margin={labelledMargin}>
        <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
        <XAxis type="number" reversed={reversed} domain={['auto', 'auto']} tick={tick} tickFormatter={(v: number) => format.number(v, 0)} />
        {/* Right of the plot in Arabic; 'end' is the left edge of right-to-left text, so the labels run away from the bars. */}
        <YAxis type="category" dataKey="label" orientation={rtl ? 'right' : 'left'} tick={rtl ? { ...tick, textAnchor: 'end' } : tick} width={220} />
        <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x: number) => format.number(x, 1)).join(' – ') : String(v))} />
        <ReferenceLine x={base} stroke="#1b2330" label={{ value: baseLabel, position: 'top', fontSize: 12 }} />
        <Bar dataKey="range" fill={colour} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
