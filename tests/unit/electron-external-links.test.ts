import { describe, expect, test, vi } from 'vitest';
import { EXTERNAL_LINK_ORIGINS, externalOpener, isAllowedExternal } from '../../electron/main/external-links';

// Checklist item 15: do not use shell.openExternal with untrusted content.
describe('external links', () => {
  test('ship with an empty allowlist: the machines are offline, so nothing leaves the app', () => {
    expect(EXTERNAL_LINK_ORIGINS).toEqual([]);
    const openExternal = vi.fn(async () => {});
    externalOpener(openExternal)('https://www.iea.org/reports');
    expect(openExternal).not.toHaveBeenCalled();
  });

  test('open only http(s) URLs whose exact origin is allowlisted', () => {
    const allowlist = ['https://docs.example.org'];
    const openExternal = vi.fn(async () => {});
    const open = externalOpener(openExternal, allowlist);
    for (const url of [
      'https://docs.example.org/guide',
      'http://docs.example.org/guide',
      'https://docs.example.org.evil.test/',
      'https://evil.test/?https://docs.example.org',
      'https://docs.example.org@evil.test/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://docs.example.org/share',
      'javascript:alert(1)',
      'app://clusterdesk/index.html',
    ]) {
      open(url);
    }
    expect(openExternal.mock.calls).toEqual([['https://docs.example.org/guide']]);
  });

  test('an http origin is distinct from its https twin', () => {
    expect(isAllowedExternal('http://docs.example.org/', ['https://docs.example.org'])).toBe(false);
    expect(isAllowedExternal('http://docs.example.org/', ['http://docs.example.org'])).toBe(true);
  });

  test('a failure to open is swallowed, not thrown into the main process', async () => {
    const openExternal = vi.fn(async () => {
      throw new Error('no handler for https');
    });
    expect(() => externalOpener(openExternal, ['https://docs.example.org'])('https://docs.example.org/')).not.toThrow();
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
