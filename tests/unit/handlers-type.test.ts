import { expect, test } from 'vitest';
import { storeMethodNames, type Handlers } from '../../db/contract';
import { handlers } from '../../db/handlers/handlers';
import type { WorkspaceHost } from '../../db/handlers/host';

// These declarations are checked by `tsc -b`: if the mapped type `Handlers` stopped catching a
// missing or mistyped handler, the @ts-expect-error lines would become unused errors and fail it.

const { 'clusters.delete': dropped, ...withoutDelete } = handlers;

// @ts-expect-error an implementation missing a method of the contract does not compile
const missingMethod: Handlers<WorkspaceHost> = withoutDelete;

const wrongOutput: Handlers<WorkspaceHost> = {
  ...handlers,
  // @ts-expect-error a handler returning something other than the method's output does not compile
  'clusters.get': () => 'not a cluster',
};

const wrongInput: Handlers<WorkspaceHost> = {
  ...handlers,
  // @ts-expect-error a handler reading a field its input does not have does not compile
  'projects.get': (h, input) => h.ws.repos.projects.require(input.projectId),
};

test('the handlers implement exactly the store methods of the contract, each a function', () => {
  expect(Object.keys(handlers).sort()).toEqual([...storeMethodNames].sort());
  for (const method of storeMethodNames) expect(typeof handlers[method], method).toBe('function');
});

test('the compile-time examples above are what they claim to be', () => {
  expect(typeof dropped).toBe('function');
  expect(Object.keys(missingMethod)).not.toContain('clusters.delete');
  expect(Object.keys(missingMethod)).toHaveLength(storeMethodNames.length - 1);
  expect((wrongOutput['clusters.get'] as () => unknown)()).toBe('not a cluster');
  expect(wrongInput['projects.get']).not.toBe(handlers['projects.get']);
});
