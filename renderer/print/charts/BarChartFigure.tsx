import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { useBriefing } from '../context';
import { AXIS_TICK, barsHeight, CHART_WIDTH, SERIES_COLOURS } from './chart-style';

export interface BarDatum {
  label: string;
  value: number;
}

interface Props {
  data: readonly BarDatum[];
  /** Bars for named groups (long labels at the side); columns for years and stages. */
  shape: 'bars' | 'columns';
  format: (value: number) => string;
  /** The accessible description: the chart's data as a sentence. */
  label: string;
}

/**
 * A bar chart for print: fixed size, drawn at once (no animation), values written on the bars so
 * the figure reads without the axis. In Arabic the bars grow from the right and the axis of names
 * stands on the right.
 */
export function BarChartFigure({ data, shape, format, label }: Props) {
  const { rtl } = useBriefing();
  const rows = data.map((d) => ({ ...d }));
  const value = (v: unknown) => (typeof v === 'number' ? format(v) : '');
  if (shape === 'bars') {
    return (
      <div className="doc-chart" data-chart="" role="img" aria-label={label}>
        <BarChart width={CHART_WIDTH} height={barsHeight(rows.length)} data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 48 }}>
          <CartesianGrid horizontal={false} stroke="#d3d9e0" />
          <XAxis type="number" reversed={rtl} tick={AXIS_TICK} tickFormatter={value} allowDecimals={false} />
          <YAxis type="category" dataKey="label" orientation={rtl ? 'right' : 'left'} width={190} tick={AXIS_TICK} interval={0} />
          <Bar dataKey="value" fill={SERIES_COLOURS[0]} isAnimationActive={false} barSize={18}>
            <LabelList dataKey="value" position={rtl ? 'left' : 'right'} formatter={value} fontSize={11} fill="#1b2330" />
          </Bar>
        </BarChart>
      </div>
    );
  }
  return (
    <div className="doc-chart" data-chart="" role="img" aria-label={label}>
      <BarChart width={CHART_WIDTH} height={240} data={rows} margin={{ top: 20, right: 16, bottom: 4, left: 16 }}>
        <CartesianGrid vertical={false} stroke="#d3d9e0" />
        <XAxis dataKey="label" reversed={rtl} tick={AXIS_TICK} interval={0} />
        <YAxis orientation={rtl ? 'right' : 'left'} tick={AXIS_TICK} tickFormatter={value} allowDecimals={false} width={56} />
        <Bar dataKey="value" fill={SERIES_COLOURS[0]} isAnimationActive={false} maxBarSize={48}>
          <LabelList dataKey="value" position="top" formatter={value} fontSize={11} fill="#1b2330" />
        </Bar>
      </BarChart>
    </div>
  );
}
