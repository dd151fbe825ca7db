import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { AppDialogs } from './help/AppDialogs';
import { useGlobalKeys } from './help/use-global-keys';
import { useDocumentLanguage } from './i18n/use-document-language';
import type { Services } from './services';
import { useApplySettings } from './settings/use-apply-settings';
import { WorkspaceGate } from './workspace/WorkspaceGate';

/** The root: one i18n instance and one set of stores per window, passed in so tests make their own. */
export function App({ services, i18n }: { services: Services; i18n: i18n }) {
  useDocumentLanguage(i18n);
  useApplySettings(services.settings, i18n);
  useGlobalKeys(services.dialogs);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <WorkspaceGate services={services} />
        <AppDialogs services={services} />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
