import { describe, expect, test } from 'vitest';
import { AppError, contract, errorCodes, failure, isMethodName, methodNames, ok } from '../../db/contract';
import { Cluster, PartialDate, entityNames } from '../../db/schema';

describe('the contract', () => {
  test('each table has list, get, create, update, delete and relations', () => {
    for (const entity of entityNames) {
      for (const op of ['list', 'get', 'create', 'update', 'delete', 'relations']) expect(methodNames, `${entity}.${op}`).toContain(`${entity}.${op}`);
    }
  });

  test('only methods that change the workspace are marked as writes, and all of them run in the store', () => {
    const changing = /\.(create|update|delete|apply|open|undo|redo|recordExport|commitSheet|restore|importArchive|unlock|lock|encrypt|changePassphrase)$/;
    const writes = methodNames.filter((m) => contract[m].writes).sort();
    expect(writes).toEqual(methodNames.filter((m) => changing.test(m) && contract[m].runs === 'store').sort());
    for (const e of entityNames) expect(writes).toEqual(expect.arrayContaining([`${e}.create`, `${e}.update`, `${e}.delete`, `${e}.apply`]));
    expect(writes.every((m) => contract[m].runs === 'store')).toBe(true);
  });

  test('isMethodName accepts the contract\'s names only, not inherited properties', () => {
    expect(methodNames.every(isMethodName)).toBe(true);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'clusters', '', 1, null]) expect(isMethodName(name)).toBe(false);
  });

  test('list queries may sort and filter by the record\'s own columns, including id and timestamps', () => {
    const list = contract['projects.list'].input;
    for (const field of ['id', 'createdAt', 'updatedAt', 'name', 'capex', 'startYear']) {
      expect(list.safeParse({ sort: { field, dir: 'desc' } }).success, field).toBe(true);
    }
    expect(list.safeParse({ sort: { field: 'version', dir: 'asc' } }).success).toBe(false);
    expect(list.safeParse({ sort: { field: 'sectors', dir: 'asc' } }).success).toBe(false); // a cluster column
    expect(list.safeParse({ limit: 0 }).success).toBe(false);
    expect(list.safeParse({ limit: 1001 }).success).toBe(false);
    expect(list.safeParse({ offset: -1 }).success).toBe(false);
  });

  test('update takes a partial patch; delete needs the version', () => {
    expect(contract['clusters.update'].input.safeParse({ id: 1, version: 1, values: {} }).success).toBe(true);
    expect(contract['clusters.update'].input.safeParse({ id: 1, version: 1, values: { bogus: 1 } }).success).toBe(false);
    expect(contract['clusters.delete'].input.safeParse({ id: 1 }).success).toBe(false);
    expect(contract['clusters.delete'].input.safeParse({ id: 1, version: 0 }).success).toBe(false);
  });
});

describe('schema primitives', () => {
  test.each(['2024', '2024-11', '2024-11-12', '2024-02-29'])('%s is a partial date', (date) => {
    expect(PartialDate.safeParse(date).success).toBe(true);
  });

  test.each(['2023-02-29', '2024-13', '2024-00', '2024-11-31', '24', '2024/11', 'November 2024', '2024-11-12T10:00'])('%s is not', (date) => {
    expect(PartialDate.safeParse(date).success).toBe(false);
  });

  test('a stored record shows every unknown field as null', () => {
    const parsed = Cluster.parse({ id: 1, version: 1, createdAt: 'x', updatedAt: 'x', name: 'Alat', country: 'AZ', kind: 'port' });
    expect(parsed).toMatchObject({ name: 'Alat', nameLocal: null, leadPartnerId: null, sectors: null });
  });
});

describe('results', () => {
  test('an AppError crosses with its code, message and details', () => {
    expect(failure(new AppError('CONFLICT', 'changed elsewhere', { id: 1 }))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'changed elsewhere', details: { id: 1 } },
    });
    expect(failure(new AppError('NOT_FOUND', 'gone'))).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
  });

  test('anything else becomes INTERNAL, without its message or stack', () => {
    const r = failure(new Error('SQLITE_IOERR at /home/analyst/secret.clusterdesk'));
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred; nothing was changed.' } });
    expect(failure('a string')).toEqual(r);
  });

  test('ok wraps a value; the codes are stable', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(errorCodes).toEqual([
      'VALIDATION', 'NOT_FOUND', 'CONFLICT', 'CONSTRAINT', 'UNKNOWN_METHOD', 'FORBIDDEN', 'NOT_A_WORKSPACE',
      'CORRUPT', 'NEWER_VERSION', 'LOCKED', 'WRONG_KEY', 'FILE_EXISTS', 'IO', 'NO_WORKSPACE', 'INTERNAL',
    ]);
  });
});
