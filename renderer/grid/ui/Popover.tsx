import { useId, type AriaAttributes, type ReactNode } from 'react';

interface Props extends Pick<AriaAttributes, 'aria-modal' | 'aria-describedby'> {
  role: 'dialog' | 'alertdialog';
  className: string;
  /** The heading's level, below the heading of the page or section it stands in. */
  heading?: 'h2' | 'h3';
  title: string;
  /** Escape closes it, doing nothing, as its cancel button would. */
  onEscape(): void;
  children: ReactNode;
}

/** A small dialog over the grid or the editor, named by its heading; each caller focuses its own first control. */
export function Popover({ role, className, heading: Heading = 'h2', title, onEscape, children, ...aria }: Props) {
  const titleId = useId();
  return (
    <section
      role={role}
      {...aria}
      aria-labelledby={titleId}
      className={className}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onEscape();
        }
      }}
    >
      <Heading id={titleId}>{title}</Heading>
      {children}
    </section>
  );
}
