import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Serves the built renderer for the app's own origin (Electron's app:// protocol and the Chromium
 * shell's routed origin). Paths are confined to the renderer folder; anything else is a 404.
 */
export async function serveAppFile(rendererDir: string, url: string): Promise<AppResponse> {
  const path = decodeURIComponent(new URL(url).pathname);
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
  const file = join(rendererDir, relative);
  const notFound = { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }, body: Buffer.from('Not found') };
  if (relative.startsWith('..') || !file.startsWith(rendererDir + sep)) return notFound;
  const type = MIME[extname(file).toLowerCase()];
  if (!type) return notFound;
  try {
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type }, body: await readFile(file) };
  } catch {
    return notFound;
  }
}
