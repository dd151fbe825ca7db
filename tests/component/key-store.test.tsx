import { fireEvent, screen, waitFor } from '@testing-library/react';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, failure, ok, type Result } from '../../db/contract/result';
import { go, useTestApp, type TestApp } from './harness';

const start = useTestApp();

/**
 * The window in a shell that keeps keys (Electron): the keyStore.* calls are answered here as the
 * Electron shell answers them, with one raw key kept in memory, over the test's real store.
 */
function keepingShell(status: () => 'none' | 'kept' | 'unreadable' = () => 'kept') {
  const calls: { method: string; input: unknown }[] = [];
  const key = { key: randomBytes(32), salt: randomBytes(16) };
  let app: TestApp | null = null;
  let keptFile: string | null = null;
  const shell = (method: string, input: unknown): Result<unknown> | undefined => {
    if (!method.startsWith('keyStore.') && method !== 'app.info') return undefined;
    calls.push({ method, input });
    const host = app!.host;
    // The store announces its workspace.* writes; the raw-key ones are answered here without it.
    const announced = <T,>(result: Result<T>) => (queueMicrotask(() => app!.emit('data.changed', { tables: ['workspace'] })), result);
    try {
      switch (method) {
        case 'app.info':
          return ok({ version: '0', shell: 'electron', platform: 'linux', userDataDir: app!.userDataDir, nativeDialogs: false, keyStore: true });
        case 'keyStore.status':
          return ok({ available: true, key: status() });
        case 'keyStore.create': {
          const { file, sample } = input as { file: string; sample: boolean };
          keptFile = file;
          return announced(ok(host.createWithKey(file, sample, key).info()));
        }
        case 'keyStore.encrypt': {
          const { ws, plainCopy } = host.encryptWithKey(key, (input as { keepPlainCopy: boolean }).keepPlainCopy);
          return announced(ok({ info: ws.info(), plainCopy }));
        }
        case 'keyStore.unlock': {
          if (status() !== 'kept' || !keptFile) throw new AppError('LOCKED', 'This computer keeps no key for it.');
          return announced(ok(host.openWithKey(keptFile, key.key).info()));
        }
      }
    } catch (err) {
      return failure(err);
    }
    return undefined;
  };
  return { calls, shell, attach: (a: TestApp) => (app = a) };
}

describe('a key kept by this computer, where the shell can keep one', () => {
  it('is the first choice on the start screen; creating asks the shell for it, never for a passphrase', async () => {
    const keeping = keepingShell();
    const app = keeping.attach(await start({ workspace: false, shell: keeping.shell }));
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Encrypt this workspace' }));
    const computer = screen.getByRole('radio', { name: 'A key kept by this computer' }) as HTMLInputElement;
    expect(computer.checked).toBe(true);
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    // A passphrase is there to choose instead.
    fireEvent.click(screen.getByRole('radio', { name: 'A passphrase' }));
    expect(screen.getByLabelText('Passphrase')).toBeTruthy();
    fireEvent.click(computer);
    const file = join(app.dir, 'kept.clusterdesk');
    fireEvent.change(screen.getByRole('textbox', { name: 'Workspace file' }), { target: { value: file } });
    fireEvent.click(screen.getByRole('button', { name: 'Create an empty workspace' }));
    await screen.findByRole('grid', { name: 'Clusters' });
    expect(keeping.calls.filter((c) => c.method === 'keyStore.create')).toEqual([{ method: 'keyStore.create', input: { file, sample: false } }]);
    expect((await app.client.api('workspace.info', {})).encrypted).toBe(true);
  });

  it('after a lock, the unlock screen offers one Unlock button and no passphrase field', async () => {
    const keeping = keepingShell();
    const app = keeping.attach(await start({ workspace: false, shell: keeping.shell }));
    const file = join(app.dir, 'kept.clusterdesk');
    await app.client.api('keyStore.create', { file, sample: false });
    await app.services.workspace.getState().load();
    await screen.findByRole('grid', { name: 'Clusters' });
    await app.services.workspace.getState().lock('idle');

    await screen.findByText('Locked after a period without activity.');
    expect(await screen.findByText(/^This computer keeps the key of .*kept\.clusterdesk.*\. Unlock it to go on\.$/)).toBeTruthy();
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('grid', { name: 'Clusters' });
    expect(keeping.calls.map((c) => c.method)).toContain('keyStore.unlock');
  });

  it('a kept key the system cannot read is explained, and the passphrase prompt takes its place', async () => {
    const keeping = keepingShell(() => 'unreadable');
    const app = keeping.attach(await start({ workspace: false, shell: keeping.shell }));
    const file = join(app.dir, 'kept.clusterdesk');
    await app.client.api('workspace.create', { file, sample: false, passphrase: 'correct horse battery staple' });
    await app.client.api('workspace.lock', {});
    await app.services.workspace.getState().load();

    expect(await screen.findByRole('note')).toHaveProperty('textContent', expect.stringMatching(/^This computer keeps a key for .*kept\.clusterdesk.*, but the system would not give it back/));
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'correct horse battery staple' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('grid', { name: 'Clusters' });
  });

  it('Settings ▸ Security encrypts with a kept key by default, and then offers no passphrase to change', async () => {
    const keeping = keepingShell();
    const app = keeping.attach(await start({ workspace: true, shell: keeping.shell }));
    go('#/settings');
    await screen.findByRole('heading', { level: 2, name: 'Security' });
    expect((screen.getByRole('radio', { name: 'A key kept by this computer' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Encrypt' }));
    await screen.findByText(/^This workspace is encrypted with a key kept by this computer/);
    expect(keeping.calls.filter((c) => c.method === 'keyStore.encrypt')).toEqual([{ method: 'keyStore.encrypt', input: { keepPlainCopy: false } }]);
    expect(screen.queryByRole('heading', { name: 'Change passphrase' })).toBeNull();
    expect((await app.client.api('workspace.info', {})).encrypted).toBe(true);
  });
});

describe('where the shell cannot keep keys (the Chromium shell)', () => {
  it('the start screen offers a passphrase only', async () => {
    await start({ workspace: false });
    await screen.findByRole('heading', { level: 1, name: 'No workspace is open' });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Encrypt with a passphrase' })).toBeTruthy());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Encrypt with a passphrase' }));
    expect(screen.queryByRole('radio', { name: 'A key kept by this computer' })).toBeNull();
    expect(screen.getByLabelText('Passphrase')).toBeTruthy();
  });
});
