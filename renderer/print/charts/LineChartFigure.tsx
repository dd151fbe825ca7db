import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useBriefing } from '../context';
import { AXIS_TICK, CHART_WIDTH, SERIES_COLOURS } from './chart-style';

export interface LineSeries {
  key: string;
  name: string;
}

interface Props {
  rows: readonly ({ year: number } & Record<string, number | null>)[];
  series: readonly LineSeries[];
  format: (value: number) => string;
  year: (value: number) => string;
  /** Horizontal lines for targets, labelled. */
  references?: readonly { value: number; label: string }[];
  label: string;
}

/** Scenarios on one axis of years, one line each, with dashes as well as colours to tell them apart in greyscale. */
export function LineChartFigure({ rows, series, format, year, references = [], label }: Props) {
  const { rtl } = useBriefing();
  const value = (v: unknown) => (typeof v === 'number' ? format(v) : '');
  const dashes = ['', '6 3', '2 3', '8 3 2 3'];
  return (
    <div className="doc-chart" data-chart="" role="img" aria-label={label}>
      <LineChart width={CHART_WIDTH} height={280} data={rows.map((r) => ({ ...r }))} margin={{ top: 12, right: 24, bottom: 4, left: 24 }}>
        <CartesianGrid stroke="#d3d9e0" />
        <XAxis dataKey="year" reversed={rtl} tick={AXIS_TICK} tickFormatter={(v: number) => year(v)} />
        <YAxis orientation={rtl ? 'right' : 'left'} tick={AXIS_TICK} tickFormatter={value} width={64} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            strokeDasharray={dashes[i % dashes.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
        {references.map((r) => (
          <ReferenceLine key={`${r.label}-${r.value}`} y={r.value} stroke="#b3261e" strokeDasharray="4 4" label={{ value: r.label, fontSize: 10, fill: '#b3261e', position: 'insideTopLeft' }} />
        ))}
        <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 11 }} />
      </LineChart>
    </div>
  );
}
