import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-protocol/csp';

const renderer = join(import.meta.dirname, '../../renderer');
const page = () => new DOMParser().parseFromString(readFileSync(join(renderer, 'index.html'), 'utf8'), 'text/html');

describe('the page shell', () => {
  it('repeats the CSP in a meta tag, without frame-ancestors, which a meta tag cannot carry', () => {
    const meta = page().querySelector('meta[http-equiv="Content-Security-Policy"]');
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta?.getAttribute('content')).toBe(expected);
  });

  it('has no inline script or style, which the CSP would block', () => {
    const doc = page();
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.getAttribute('src') || s.textContent!.trim() !== '')).toEqual([]);
    expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('styles with logical properties only, so right-to-left layouts mirror', () => {
    // theme.css and the stylesheets that components bring with them (dialogs, start screen, settings).
    const sheets = readdirSync(renderer, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    expect(sheets).toContain(join('app', 'theme.css'));
    const properties = /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right|top|bottom)[\w-]*|left|right|top|bottom|(?:min-|max-)?(?:width|height))\s*:/gm;
    const values = /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g;
    for (const sheet of sheets) {
      const css = readFileSync(join(renderer, sheet), 'utf8');
      expect([...css.matchAll(properties)].map((m) => m[1]), sheet).toEqual([]);
      expect(css.match(values) ?? [], sheet).toEqual([]);
    }
  });
});
