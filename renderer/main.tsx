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
import { readLanguage } from './app/i18n/language-preference';
import { createServices } from './app/services';

const language = readLanguage();
// Before the first paint, so an Arabic window never flashes left to right.
applyDocumentLanguage(language);
const i18n = createI18n(language);
function shellBridge(): Bridge {
  try {
    return windowBridge();
  } catch (err) {
    return unavailableBridge(err instanceof Error ? err.message : String(err));
  }
}

// The stores live as long as the window does.
const services = createServices(createClient(shellBridge()));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App services={services} i18n={i18n} />
  </StrictMode>,
);
