import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { WorkspaceInfo } from '../../db/contract';
import { latestSchemaVersion } from '../../db/migrations';
import { startStoreWorker, type StoreWorker } from '../../electron/worker/worker-client';
import { buildStoreWorker } from '../support/build-worker';
import { clusterInput, projectInput } from '../support/records';
import { useTempDir } from '../support/temp';
import { sha256 } from '../support/workspace';

const temp = useTempDir();
let entry: string;
const workers: StoreWorker[] = [];

beforeAll(async () => {
  entry = await buildStoreWorker();
}, 60_000);
afterAll(() => rmSync(entry, { force: true }));
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
});

function start(file: string, createIfMissing = true) {
  const worker = startStoreWorker(entry, { file, createIfMissing, sample: false });
  workers.push(worker);
  return worker;
}

/** Resolves with the promise's value, or 'still waiting' if it takes longer than a user would wait. */
const within = <T>(promise: Promise<T>, ms = 2000) =>
  Promise.race([promise, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms))]);

describe('the store worker', () => {
  test('creates a missing workspace on start and reports it ready', async () => {
    const file = join(temp(), 'new.clusterdesk');
    const worker = start(file);
    const ready = await worker.ready;
    expect(ready).toMatchObject({ ok: true, value: { file, schemaVersion: latestSchemaVersion, counts: { clusters: 0, projects: 0 } } });
    expect(existsSync(file)).toBe(true);
  });

  test('runs calls, replies with Results and announces writes with data.changed', async () => {
    const worker = start(join(temp(), 'calls.clusterdesk'));
    await worker.ready;
    const events: [string, unknown][] = [];
    worker.onEvent((event, payload) => events.push([event, payload]));

    const created = await worker.call('clusters.create', clusterInput());
    expect(created).toMatchObject({ ok: true, value: { id: 1, name: clusterInput().name, version: 1 } });
    expect(events).toEqual([['data.changed', { tables: ['clusters'] }]]);

    expect(await worker.call('clusters.list', {})).toMatchObject({ ok: true, value: { total: 1, rows: [{ id: 1 }] } });
    expect(events).toHaveLength(1);

    const missing = await worker.call('clusters.get', { id: 99 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('99') } });
  });

  test('runs calls one at a time, in the order they were sent', async () => {
    const worker = start(join(temp(), 'order.clusterdesk'));
    await worker.ready;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => worker.call('projects.create', projectInput({ name: `Project ${String(i).padStart(2, '0')}` }))),
    );
    expect(results.map((r) => (r.ok ? (r.value as { id: number }).id : r.error.code))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  test('a listener can unsubscribe', async () => {
    const worker = start(join(temp(), 'unsubscribe.clusterdesk'));
    await worker.ready;
    const seen: string[] = [];
    const off = worker.onEvent((event) => seen.push(event));
    await worker.call('clusters.create', clusterInput());
    off();
    await worker.call('clusters.create', clusterInput({ name: 'Second' }));
    expect(seen).toEqual(['data.changed']);
  });

  test('what was written is in the file after close, for the next worker', async () => {
    const file = join(temp(), 'persist.clusterdesk');
    const first = startStoreWorker(entry, { file, createIfMissing: true, sample: false });
    await first.ready;
    await first.call('clusters.create', clusterInput());
    await first.close();

    const second = start(file, false);
    const ready = await second.ready;
    expect(ready.ok && (ready.value as WorkspaceInfo).counts.clusters).toBe(1);
    expect(await second.call('clusters.get', { id: 1 })).toMatchObject({ ok: true, value: { name: clusterInput().name } });
  });

  test('without a file and without createIfMissing it starts with no workspace', async () => {
    const file = join(temp(), 'absent.clusterdesk');
    const worker = start(file, false);
    expect(await worker.ready).toEqual({ ok: true, value: null });
    expect(await worker.call('clusters.list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    expect(existsSync(file)).toBe(false);
    const created = await worker.call('workspace.create', { file, sample: false });
    expect(created).toMatchObject({ ok: true, value: { file } });
  });

  test('a file that is not a workspace is reported at start, and left unchanged', async () => {
    const file = join(temp(), 'notes.clusterdesk');
    writeFileSync(file, 'my notes');
    const hash = sha256(file);
    const worker = start(file);
    const ready = await worker.ready;
    expect(ready).toMatchObject({ ok: false, error: { code: 'NOT_A_WORKSPACE', message: expect.stringContaining('notes.clusterdesk') } });
    expect(sha256(file)).toBe(hash);
  });

  test('after close, a call is answered with an error instead of waiting forever', async () => {
    const worker = startStoreWorker(entry, { file: join(temp(), 'closed.clusterdesk'), createIfMissing: true, sample: false });
    await worker.ready;
    await worker.close();
    const late = await within(worker.call('clusters.list', {}));
    expect(late).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await within(worker.close().then(() => 'closed'))).toBe('closed');
  });

  test('a worker that dies fails its pending calls with a message to restart', async () => {
    const worker = startStoreWorker(join(temp(), 'missing-entry.mjs'), { file: join(temp(), 'x.clusterdesk'), createIfMissing: true, sample: false });
    const ready = await within(worker.ready);
    expect(ready).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/restart ClusterDesk/) } });
    expect(await within(worker.call('clusters.list', {}))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
