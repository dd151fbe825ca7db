import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { YearRow } from '../../db/scenario';
import { useFormat } from '../app/i18n/use-format';
import { chartStyle, margin, tick } from './axis-props';
import { ChartFrame } from './ChartFrame';
import { useChartDirection } from './chart-direction';

interface Props {
  title: string;
  unit?: string;
  summary: string;
  rows: readonly YearRow[];
  layers: readonly { key: string; name: string; colour: string }[];
  /** The top of the value axis, the same for every chart of a set, so their areas compare by eye. */
  max: number;
}

/** Areas stacked over the years: the parts of one total, e.g. abatement by category. */
export function StackedAreaChartView({ title, unit, summary, rows, layers, max }: Props) {
  const format = useFormat();
  const { reversed, valueAxis } = useChartDirection();
  return (
    <ChartFrame title={title} unit={unit} summary={summary}>
      <AreaChart data={rows as YearRow[]} style={chartStyle} responsive margin={margin}>
        <CartesianGrid stroke="#d3d9e0" strokeDasharray="3 3" />
        <XAxis dataKey="year" reversed={reversed} tick={tick} tickFormatter={(y: number) => format.year(y)} />
        <YAxis orientation={valueAxis} tick={tick} domain={[0, max > 0 ? max : 1]} tickFormatter={(v: number) => format.number(v, 0)} width={64} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format.number(v, 1) : String(v))} labelFormatter={(y) => format.year(Number(y))} />
        <Legend />
        {layers.map((l) => (
          <Area key={l.key} dataKey={l.key} name={l.name} stackId="total" stroke={l.colour} fill={l.colour} fillOpacity={0.55} isAnimationActive={false} />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
