import { useTranslation } from 'react-i18next';
import './progress.css';

export interface ProgressProps {
  /** What is happening, e.g. "Creating the workspace…". */
  label: string;
  /** Steps done so far and in all (rows imported, pages printed); without them the bar only shows that work goes on. */
  done?: number;
  total?: number;
}

/**
 * The one progress indicator for long operations (creating a workspace, importing, printing):
 * a labelled progress bar that screen readers announce, and "120 of 1,000" when the steps are known.
 */
export function Progress({ label, done, total }: ProgressProps) {
  const { t } = useTranslation('app');
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div className="progress" role="status">
      <span className="progress-label">{label}</span>
      <progress aria-label={label} value={known ? Math.min(done, total) : undefined} max={known ? total : undefined} />
      {known && <span className="progress-count">{t('progress.count', { done, total })}</span>}
    </div>
  );
}
