import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Popover } from './Popover';

/** How many problems the report lists; a paste of thousands of bad cells is summed up after these. */
const SHOWN = 200;

interface Props<Issue> {
  /** The report's own look: the grid's popover, or the scenario editor's. */
  className: string;
  /** The heading's level, below the heading of the page or section the grid stands in. */
  heading: 'h2' | 'h3';
  title: string;
  summary: string;
  issues: readonly Issue[];
  line(issue: Issue): ReactNode;
  listClassName?: string;
  /** The line that counts the problems not listed. */
  more(count: number): string;
  /** The label of the button that applies the valid cells; null when there are none, and no button. */
  applyValid: string | null;
  applyNothing: string;
  onResolve(applyValid: boolean): void;
}

/**
 * An edit some of whose cells cannot be used, before anything is written: each problem listed,
 * and the choice to apply only the valid cells or nothing. Escape, like the focused button, applies nothing.
 */
export function PasteReportFrame<Issue>({ className, heading, title, summary, issues, line, listClassName, more, applyValid, applyNothing, onResolve }: Props<Issue>) {
  const descId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Popover role="alertdialog" aria-modal="false" aria-describedby={descId} className={className} heading={heading} title={title} onEscape={() => onResolve(false)}>
      <p id={descId}>{summary}</p>
      <ul className={listClassName}>
        {issues.slice(0, SHOWN).map((issue, n) => (
          <li key={n}>{line(issue)}</li>
        ))}
      </ul>
      {issues.length > SHOWN && <p className="muted">{more(issues.length - SHOWN)}</p>}
      <div className="button-row">
        {applyValid !== null && (
          <button type="button" onClick={() => onResolve(true)}>
            {applyValid}
          </button>
        )}
        <button ref={cancel} type="button" onClick={() => onResolve(false)}>
          {applyNothing}
        </button>
      </div>
    </Popover>
  );
}
