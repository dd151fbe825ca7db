import { beforeAll, describe, expect, test, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/preload/channels';
import { electronStub } from '../support/electron-stub';

vi.mock('electron', async () => (await import('../support/electron-stub')).electronStub);

interface Exposed {
  invoke(method: unknown, input: unknown): Promise<unknown>;
  on(event: unknown, callback: unknown): () => void;
}

const { contextBridge, ipcRenderer } = electronStub;
// Vitest clears mock calls before each test, so what the import did is kept here.
let exposeCalls: unknown[][];
let exposed: Exposed;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  exposeCalls = [...contextBridge.exposeInMainWorld.mock.calls];
  exposed = exposeCalls[0][1] as Exposed;
});

// Checklist items 3 and 20: expose a minimal API through contextBridge, never ipcRenderer itself.
describe('the preload', () => {
  test("exposes one object, window.clusterdesk, with exactly the keys ['invoke', 'on']", () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0][0]).toBe('clusterdesk');
    expect(Object.keys(exposed).sort()).toEqual(['invoke', 'on']);
  });

  test('exposes no ipcRenderer, nor any of its functions', () => {
    const values = Object.values(exposed);
    expect(values).not.toContain(ipcRenderer);
    for (const fn of [ipcRenderer.invoke, ipcRenderer.on, ipcRenderer.removeListener]) expect(values).not.toContain(fn);
  });

  test('invoke sends the method and input on the one invoke channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'info' });
    expect(await exposed.invoke('workspace.info', {})).toEqual({ ok: true, value: 'info' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, 'workspace.info', {});
  });

  test('invoke refuses a method that is not a string without reaching the main process', async () => {
    expect(await exposed.invoke({ toString: () => 'workspace.info' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  test('on passes the payload only, never the IpcRendererEvent, and only for its event', () => {
    const callback = vi.fn();
    const off = exposed.on('data.changed', callback);
    ipcRenderer.deliver(EVENT_CHANNEL, 'data.changed', { tables: ['projects'] });
    ipcRenderer.deliver(EVENT_CHANNEL, 'something.else', { tables: ['partners'] });
    expect(callback.mock.calls).toEqual([[{ tables: ['projects'] }]]);
    off();
  });

  test('on returns an unsubscribe that removes its listener', () => {
    const callback = vi.fn();
    const before = ipcRenderer.listenerCount(EVENT_CHANNEL);
    const off = exposed.on('data.changed', callback);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(before + 1);
    off();
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(before);
    ipcRenderer.deliver(EVENT_CHANNEL, 'data.changed', { tables: ['projects'] });
    expect(callback).not.toHaveBeenCalled();
  });

  test('on refuses a listener that is not a function', () => {
    expect(() => exposed.on('data.changed', 'alert(1)')).toThrow(TypeError);
  });
});
