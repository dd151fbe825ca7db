import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env.LOCALAPPDATA ?? '', 'Chromium\\Application\\chrome.exe'),
  ],
};

export class ChromiumNotFound extends Error {}

/** CHROMIUM_PATH when set, else the usual install locations; never a downloaded browser. */
export function findChromium(env = process.env, platform = process.platform, exists = existsSync): string {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new ChromiumNotFound(`CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but no file is there.`);
  }
  const found = (CANDIDATES[platform] ?? []).find((p) => exists(p));
  if (found) return found;
  throw new ChromiumNotFound(
    'No Chromium or Google Chrome was found. Install one (Debian or Ubuntu: sudo apt-get install chromium), ' +
      'or set CHROMIUM_PATH to its executable.',
  );
}
