import { describe, expect, test } from 'vitest';
import { windowOptions } from '../../electron/main/window-options';

// Electron security checklist items 2-4, 6, 8 and 11-12: isolation, sandbox, no Node, web security on,
// no insecure content, no webviews.
describe('the window options', () => {
  const prefs = windowOptions('/app/dist/preload/preload.cjs', { isDev: false }).webPreferences ?? {};

  test('isolate the page from the preload', () => expect(prefs.contextIsolation).toBe(true));
  test('sandbox the renderer process', () => expect(prefs.sandbox).toBe(true));
  test('give the page no Node, in frames and workers neither', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  test('keep web security on and refuse insecure content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });
  test('allow no webview tag', () => expect(prefs.webviewTag).toBe(false));
  // Checklist items 9 and 10: Chromium's experimental features and extra Blink features stay off.
  test('turn on no experimental or Blink features', () => {
    expect(prefs.experimentalFeatures ?? false).toBe(false);
    expect(prefs.enableBlinkFeatures ?? '').toBe('');
  });
  test('load the given preload and nothing else', () => expect(prefs.preload).toBe('/app/dist/preload/preload.cjs'));
  test('keep spellcheck off, so words are never sent to a service', () => expect(prefs.spellcheck).toBe(false));

  test('hide the window until it has painted', () => {
    const options = windowOptions('/p.cjs', { isDev: false });
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  test('offer DevTools only while developing', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p.cjs', { isDev: true }).webPreferences?.devTools).toBe(true);
  });
});
