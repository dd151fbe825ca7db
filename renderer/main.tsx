import './app/fonts.css';
import './app/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { unavailableBridge, windowBridge } from './api/transports';
import type { Bridge } from './api/bridge';
import { App } from './app/App';
import { applyDocumentLanguage } from './app/i18n/document-language';
import { createI18n } from './app/i18n/i18n';
import { createServices } from './app/services';
import { applySettings } from './app/settings/apply-settings';
import { isPrintAddress, startPrint } from './print/start-print';

function shellBridge(): Bridge {
  try {
    return windowBridge();
  } catch (err) {
    return unavailableBridge(err instanceof Error ? err.message : String(err));
  }
}

async function start() {
  // A print window (#/print/…) shows one briefing for the printer, not the app.
  if (isPrintAddress(window.location.hash)) return startPrint(createClient(shellBridge()));
  // The stores live as long as the window does.
  const services = createServices(createClient(shellBridge()));
  // The settings come first (a local call, a few milliseconds), so the first paint is already in the
  // analyst's language and an Arabic window never flashes left to right.
  await services.settings.getState().load();
  const { settings } = services.settings.getState();
  applyDocumentLanguage(settings.language);
  const i18n = createI18n(settings.language);
  applySettings(i18n, settings);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App services={services} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
