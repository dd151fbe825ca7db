import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { contract, methodNames, type MethodName, type Result } from '../../db/contract';
import { openDriver } from '../../db/store/driver';
import { IN_PROCESS_SENDER, inProcessRouter } from '../../electron/router/in-process';
import { clusterInput, projectInput } from '../support/records';
import { rowsDigest } from '../support/rows-digest';
import { useTempDir } from '../support/temp';
import { sha256, useWorkspace, type TestWorkspace } from '../support/workspace';

const workspace = useWorkspace();
const temp = useTempDir();

/** The issue asks for at least 10,000 generated inputs. */
const RUNS = 10_000;

const snapshot = (ws: TestWorkspace) =>
  Object.fromEntries(['change_sets', 'change_log', 'clusters', 'projects', 'partners', 'agreements', 'sources'].map((t) => [t, ws.count(t)]));

describe('input refused by the router writes nothing', () => {
  test('a malformed create, update or delete leaves the workspace and its log as they were', async () => {
    const ws = await workspace();
    const cluster = await ws.value('clusters.create', clusterInput());
    const project = await ws.value('projects.create', projectInput({ clusterId: cluster.id }));
    const before = snapshot(ws);

    const refused = [
      await ws.router.handle(IN_PROCESS_SENDER, 'projects.create', { ...projectInput(), capex: -3 }),
      await ws.router.handle(IN_PROCESS_SENDER, 'projects.update', { id: project.id, version: 1, values: { stage: 'dreaming' } }),
      await ws.router.handle(IN_PROCESS_SENDER, 'projects.update', { id: project.id, version: 1, values: { capex: 5 }, extra: true }),
      await ws.router.handle(IN_PROCESS_SENDER, 'clusters.delete', { id: cluster.id }),
      await ws.router.handle(IN_PROCESS_SENDER, 'clusters.delete', { id: String(cluster.id), version: 1 }),
    ];
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(5).fill('VALIDATION'));
    expect(snapshot(ws)).toEqual(before);
    expect(ws.events).toEqual([{ tables: ['clusters'] }, { tables: ['projects'] }]);
    expect(await ws.value('projects.get', { id: project.id })).toEqual(project);
  });
});

/** The top-level keys a method's input object names, so generated input can hit its real fields with wrong values. */
function inputKeys(schema: z.ZodType): string[] {
  const def = schema.def as { type: string; innerType?: z.ZodType; shape?: Record<string, unknown> };
  if (def.type === 'optional' && def.innerType) return inputKeys(def.innerType);
  return def.shape ? Object.keys(def.shape) : [];
}

/** Values of the wrong type, out of range, empty, huge, or hostile, for any field. */
const wrongValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt(),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.constantFrom(NaN, Infinity, -1, 0, 2 ** 53, 1.5, '', ' ', '1', '../../etc/passwd', 'x\u0000y', 'x'.repeat(100_000), "'; DROP TABLE clusters; --", '2024-13-45'),
);
const nonObject = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 20 }), fc.bigInt(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }));
const unexpectedKey = fc.string({ maxLength: 10 }).map((s) => `unexpected_${s}`);

/**
 * Input the contract refuses for this method: not an object at all, its own fields with wrong
 * values, an unexpected extra key, or a prototype-pollution attempt. The final filter keeps only
 * what the method's schema rejects (a wrong value for an optional field can happen to be valid).
 */
function malformed(method: MethodName): fc.Arbitrary<unknown> {
  const schema = contract[method].input as z.ZodType;
  const keys = inputKeys(schema);
  const ownFields = keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), wrongValue, { minKeys: 1, maxKeys: keys.length }) : fc.constant({});
  return fc
    .oneof(
      nonObject,
      ownFields,
      fc.tuple(ownFields, unexpectedKey, wrongValue).map(([fields, key, value]) => ({ ...fields, [key]: value })),
      fc.constantFrom(JSON.parse('{"__proto__": {"admin": true}}') as unknown, { constructor: { prototype: { admin: true } } }, [{}], '{}'),
    )
    .filter((input) => !schema.safeParse(input).success);
}

const call = fc.constantFrom(...methodNames).chain((method) => malformed(method).map((input) => ({ method, input })));

describe(`${RUNS} malformed inputs across every method of the contract`, () => {
  test('each is refused with a VALIDATION envelope, and the workspace, its log and the settings stay as they were', async () => {
    const userData = temp();
    const file = join(temp(), 'nothing-written.clusterdesk');
    // Every event the store emits, of any kind: a refused call must emit none.
    const events: unknown[] = [];
    const { router, host, revealed } = inProcessRouter((event, payload) => events.push({ event, payload }), undefined, userData);
    try {
      const created = await router.handle(IN_PROCESS_SENDER, 'workspace.create', { file, sample: true });
      expect(created.ok).toBe(true);
      events.length = 0;

      // Cheap checks after every call: rows changed by the store's connection, and commits seen by another one.
      const totalChanges = host.ws.db.prepare('SELECT total_changes()').pluck();
      const observer = openDriver(file, { readonly: true });
      const dataVersion = () => observer.pragma('data_version', { simple: true });
      const changeSets = host.ws.db.prepare('SELECT count(*) FROM change_sets').pluck();
      const before = { changes: totalChanges.get(), version: dataVersion(), changeSets: changeSets.get() };
      const digest = rowsDigest(host.ws.db);
      const bytes = { file: sha256(file), wal: existsSync(`${file}-wal`) ? sha256(`${file}-wal`) : null };
      const tried = new Map<MethodName, number>();

      try {
        await fc.assert(
          fc.asyncProperty(call, async ({ method, input }) => {
            tried.set(method, (tried.get(method) ?? 0) + 1);
            const r: Result<unknown> = await router.handle(IN_PROCESS_SENDER, method, input);
            if (r.ok) throw new Error(`${method} accepted the malformed input`);
            expect(r.error.code).toBe('VALIDATION');
            expect(r.error.message).toMatch(new RegExp(`^Invalid input for ${method.replace('.', '\\.')}: .+`));
            const issues = (r.error.details as { issues: { field: string; message: string }[] }).issues;
            expect(issues.length).toBeGreaterThan(0);
            for (const issue of issues) expect([typeof issue.field, typeof issue.message]).toEqual(['string', 'string']);
            expect({ changes: totalChanges.get(), version: dataVersion(), changeSets: changeSets.get() }).toEqual(before);
          }),
          { numRuns: RUNS },
        );
        expect([...tried.keys()].sort()).toEqual([...methodNames].sort());
        // The full comparison, once: every row of every table, and the bytes of the file and its log.
        expect(rowsDigest(host.ws.db)).toBe(digest);
        expect({ file: sha256(file), wal: existsSync(`${file}-wal`) ? sha256(`${file}-wal`) : null }).toEqual(bytes);
        expect(events).toEqual([]);
        expect(revealed).toEqual([]);
        expect(existsSync(join(userData, 'settings.json'))).toBe(false);
        expect(host.ws.file).toBe(file);
      } finally {
        observer.close();
      }
    } finally {
      host.close();
    }
  }, 120_000);
});
