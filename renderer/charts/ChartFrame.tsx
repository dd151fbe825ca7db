import { useId, type ReactNode } from 'react';
import './charts.css';

interface Props {
  title: string;
  /** The unit of the values, after the title. */
  unit?: string;
  /** What the chart shows in words, for screen readers and for tests that read numbers, not pixels. */
  summary: string;
  children: ReactNode;
}

/** A chart as a figure: its title as the caption and a summary of its numbers as its description. */
export function ChartFrame({ title, unit, summary, children }: Props) {
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <figcaption id={`${id}-title`}>
        {title}
        {unit && <span className="unit"> ({unit})</span>}
      </figcaption>
      {children}
      <p id={`${id}-summary`} className="visually-hidden" data-chart-summary="">
        {summary}
      </p>
    </figure>
  );
}
