import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Result } from '../../db/contract/result';
import { lastWorkspaceFile, readLastWorkspace, rememberOpenWorkspace } from '../../electron/shell-services/last-workspace';
import type { ShellContext } from '../../electron/shell-services/shell-context';

const temp = () => mkdtempSync(join(tmpdir(), 'cd-last-'));

/** A store whose open workspace the test sets, and whose events the test sends. */
function fakeStore(userDataDir: string) {
  let open: string | null = '/drafts/north.clusterdesk';
  const listeners: ((event: string, payload: unknown) => void)[] = [];
  const ctx = {
    userDataDir,
    store: async (): Promise<Result<unknown>> => (open === null ? { ok: false, error: { code: 'NO_WORKSPACE', message: 'none' } } : { ok: true, value: { file: open } }),
  } as unknown as ShellContext;
  const events = {
    ready: Promise.resolve({ ok: true, value: {} } as Result<unknown>),
    onEvent: (l: (event: string, payload: unknown) => void) => {
      listeners.push(l);
      return () => listeners.splice(listeners.indexOf(l), 1);
    },
  };
  return { ctx, events, setOpen: (f: string | null) => (open = f), emit: (e: string, p: unknown) => listeners.forEach((l) => l(e, p)) };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the workspace opened at the next start', () => {
  test('is none before any workspace was open, and none from a damaged or foreign file', () => {
    const dir = temp();
    expect(readLastWorkspace(dir)).toBeNull();
    for (const text of ['not json', '{"file": "relative.clusterdesk"}', '{"file": "/etc/passwd"}', '{"file": "/a.clusterdesk", "__proto__": {}}', '[]']) {
      writeFileSync(lastWorkspaceFile(dir), text);
      expect(readLastWorkspace(dir), text).toBeNull();
    }
  });

  test('is the one open when the store started, then each one opened, created or restored after it', async () => {
    const dir = temp();
    const store = fakeStore(dir);
    const stop = rememberOpenWorkspace(store.ctx, store.events);
    await settle();
    expect(readLastWorkspace(dir)).toBe('/drafts/north.clusterdesk');

    store.setOpen('/drafts/caspian.clusterdesk');
    store.emit('data.changed', { tables: ['projects'] });
    await settle();
    expect(readLastWorkspace(dir), 'an edit is not an opening').toBe('/drafts/north.clusterdesk');
    store.emit('data.changed', { tables: ['workspace'] });
    await settle();
    expect(readLastWorkspace(dir)).toBe('/drafts/caspian.clusterdesk');

    stop();
    store.setOpen('/drafts/later.clusterdesk');
    store.emit('data.changed', { tables: ['workspace'] });
    await settle();
    expect(JSON.parse(readFileSync(lastWorkspaceFile(dir), 'utf8'))).toEqual({ file: '/drafts/caspian.clusterdesk' });
  });

  test('a folder that cannot be written is reported, not thrown', async () => {
    const dir = join(temp(), 'file-not-folder');
    writeFileSync(dir, '');
    const store = fakeStore(dir);
    const logged: string[] = [];
    rememberOpenWorkspace(store.ctx, store.events, (m) => logged.push(m));
    await settle();
    expect(logged).toEqual([expect.stringMatching(/could not be remembered/)]);
  });
});
