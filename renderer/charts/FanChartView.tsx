import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { FanRow } from '../../db/scenario';
import { useFormat } from '../app/i18n/use-format';
import { chartStyle, margin, tick } from './axis-props';
import { ChartFrame } from './ChartFrame';
import { useChartDirection } from './chart-direction';

interface Props {
  title: string;
  unit?: string;
  summary: string;
  rows: readonly FanRow[];
  names: { band: string; median: string; mean: string };
  colour: string;
}

/** The spread of a Monte Carlo run: the P10-P90 band, the median and the mean over the years. */
export function FanChartView({ title, unit, summary, rows, names, colour }: Props) {
  const format = useFormat();
  const { reversed, valueAxis } = useChartDirection();
  const value = (v: unknown) => (Array.isArray(v) ? v.map((x: number) => format.number(x, 1)).join(' – ') : typeof v === 'number' ? format.number(v, 1) : String(v));
  return (
    <ChartFrame title={title} unit={unit} summary={summary}>
      <ComposedChart data={rows as FanRow[]} style={chartStyle} responsive margin={margin}>
        <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
        <XAxis dataKey="year" reversed={reversed} tick={tick} tickFormatter={(y: number) => format.year(y)} />
        <YAxis orientation={valueAxis} tick={tick} tickFormatter={(v: number) => format.number(v, 0)} width={64} />
        <Tooltip formatter={value} labelFormatter={(y) => format.year(Number(y))} />
        <Legend />
        <Area dataKey="band" name={names.band} stroke="none" fill={colour} fillOpacity={0.25} isAnimationActive={false} />
        <Line dataKey="p50" name={names.median} stroke={colour} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line dataKey="mean" name={names.mean} stroke={colour} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
