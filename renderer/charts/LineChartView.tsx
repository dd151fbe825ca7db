import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import type { YearRow } from '../../db/scenario';
import { useFormat } from '../app/i18n/use-format';
import { CHART_HEIGHT, labelledMargin, margin, tick } from './axis-props';
import { ChartFrame } from './ChartFrame';
import { useChartDirection } from './chart-direction';

export interface LineSeries {
  /** The key of the values in each row. */
  key: string;
  name: string;
  colour: string;
  dash?: string;
}

export interface ReferencePoint {
  year: number;
  value: number;
  label: string;
}

interface Props {
  title: string;
  unit?: string;
  summary: string;
  rows: readonly YearRow[];
  series: readonly LineSeries[];
  /** Targets: a value in a year, drawn as a marked point with its label. */
  references?: readonly ReferencePoint[];
  /** Taller for a chart with many lines, whose legend takes room from the plot. */
  height?: number;
}

/** Lines over the years on one axis: one per scenario (or per weighting), targets as marked points. */
export function LineChartView({ title, unit, summary, rows, series, references = [], height = CHART_HEIGHT }: Props) {
  const format = useFormat();
  const { reversed, valueAxis } = useChartDirection();
  return (
    <ChartFrame title={title} unit={unit} summary={summary}>
      <LineChart data={rows as YearRow[]} style={{ width: '100%', height }} responsive margin={references.length ? labelledMargin : margin}>
        <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
        <XAxis dataKey="year" reversed={reversed} tick={tick} tickFormatter={(y: number) => format.year(y)} />
        {/* Two decimals at most, so the ticks of small risk-weighted counts (0.2, 0.4, …) stay apart. */}
        <YAxis orientation={valueAxis} tick={tick} tickFormatter={(v: number) => format.number(v, 2)} width={64} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format.number(v, 1) : String(v))} labelFormatter={(y) => format.year(Number(y))} />
        <Legend />
        {series.map((s) => (
          <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.colour} strokeDasharray={s.dash} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        ))}
        {references.map((r) => (
          <ReferenceDot key={`${r.label}-${r.year}`} x={r.year} y={r.value} r={6} fill="#ffffff" stroke="#b3261e" strokeWidth={2} ifOverflow="extendDomain" label={{ value: r.label, position: 'top', fill: '#b3261e', fontSize: 12 }} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
