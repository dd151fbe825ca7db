import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function CrashNotice({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">{t('crash.title')}</p>
      <p>{t('crash.message')}</p>
      <p>
        <span className="notice-label">{t('errors.nextStepLabel')}</span> {t('crash.nextStep')}
      </p>
      <button type="button" onClick={onRetry}>
        {t('actions.retry')}
      </button>
    </div>
  );
}

/**
 * A fault in one view must not blank the window: the view is replaced by a message and a way on.
 * The details go to the console for a developer, never on screen (a stack trace helps no analyst).
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('ClusterDesk view failed', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashNotice onRetry={() => this.setState({ failed: false })} /> : this.props.children;
  }
}
