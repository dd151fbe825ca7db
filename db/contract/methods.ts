import type { z } from 'zod';
import type { ShellMethodName, StoreMethodName } from './handler-types';
import { appMethods } from './groups/app';
import { backupMethods } from './groups/backups';
import { exportMethods } from './groups/exports';
import { briefingMethods } from './groups/briefings';
import { historyMethods } from './groups/history';
import { importMethods } from './groups/imports';
import { linkMethods } from './groups/links';
import { observationMethods } from './groups/observations';
import { recordMethods } from './groups/records';
import { relationMethods } from './groups/relations';
import { scenarioMethods } from './groups/scenarios';
import { workspaceMethods } from './groups/workspace';

export { WorkspaceInfo } from './groups/workspace';
export { AppInfo, FilePurpose } from './groups/app';

/** Every method the renderer can call: name -> input and output schemas, gathered from each group. */
export const contract = {
  ...workspaceMethods,
  ...recordMethods,
  ...relationMethods,
  ...historyMethods,
  ...linkMethods,
  ...observationMethods,
  ...scenarioMethods,
  ...briefingMethods,
  ...appMethods,
  ...importMethods,
  ...exportMethods,
  ...backupMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const storeMethodNames = methodNames.filter((m) => contract[m].runs === 'store') as StoreMethodName[];
export const shellMethodNames = methodNames.filter((m) => contract[m].runs === 'shell') as ShellMethodName[];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
