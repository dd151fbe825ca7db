import { basename } from 'node:path';
import type { ShellHandlers } from '../../db/contract/handler-types';
import { contract, type MethodInput, type MethodOutput, type WorkspaceInfo } from '../../db/contract/methods';
import { AppError, type Result } from '../../db/contract/result';
import { readSalt } from '../../db/store/encryption/passphrase-key';
import { newRandomFileKey } from '../../db/store/encryption/random-key';
import type { KeptKey, KeyStore } from './key-store';
import type { ShellContext } from './shell-context';

/**
 * The shell's side of workspaces whose key the operating system keeps. The shell makes the key,
 * keeps it, and hands it to the store itself; the window only asks for "a key kept by this
 * computer" and never sees one. The store methods that take a raw key are refused from the window.
 */

type KeyedMethod = 'workspace.withKey.create' | 'workspace.withKey.open' | 'workspace.withKey.encrypt';

/** A raw-key store call, its input checked against the contract here as the router checks the window's. */
async function callKeyed<M extends KeyedMethod>(ctx: ShellContext, method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  const parsed = contract[method].input.parse(input);
  return (await ctx.store(method, parsed)) as Result<MethodOutput<M>>;
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

const hex = (bytes: Buffer) => bytes.toString('hex');

function keyStoreOf(ctx: ShellContext): KeyStore {
  if (!ctx.keyStore?.available()) {
    throw new AppError(
      'VALIDATION',
      'This computer offers no protected place to keep a workspace key (only the ClusterDesk app does, where the system has a key store). Choose a passphrase instead.',
    );
  }
  return ctx.keyStore;
}

/** The file the store has open, or is waiting for the key of; null when neither. */
async function workspaceFile(ctx: ShellContext): Promise<{ file: string; locked: boolean } | null> {
  const info = await ctx.store('workspace.info', undefined);
  if (info.ok) return { file: (info.value as WorkspaceInfo).file, locked: false };
  const file = (info.error.details as { file?: unknown } | undefined)?.file;
  return info.error.code === 'LOCKED' && typeof file === 'string' ? { file, locked: true } : null;
}

function keptFor(store: KeyStore, file: string): KeptKey {
  let salt: Buffer;
  try {
    salt = readSalt(file);
  } catch {
    return { status: 'none' };
  }
  return store.get(salt);
}

/**
 * Forgets a key after its workspace could not be written, unless the file carries its salt after
 * all (written, then not reopened): that file would be unreadable without it.
 */
function forgetUnlessUsed(store: KeyStore, salt: Buffer, file: string): void {
  try {
    if (readSalt(file).equals(salt)) return;
  } catch {
    // No file, or too short to be encrypted: the key is not in use.
  }
  try {
    store.remove(salt);
  } catch {
    // An entry whose workspace does not exist opens nothing.
  }
}

const unreadable = (file: string, reason: string) =>
  new AppError(
    'LOCKED',
    `This computer keeps a key for "${basename(file)}", but the system's key store would not give it back (${reason}). This happens when the user account or its keyring has changed. Enter the workspace's passphrase if it has one, or open a backup or another workspace.`,
    { file, reason: 'keyUnreadable' },
  );

export type KeptOpen = { status: 'opened'; info: WorkspaceInfo } | { status: 'none' } | { status: 'failed'; error: AppError };

/** Opens an encrypted file with the key this computer keeps for it, if it keeps one. */
export async function openWithKeptKey(ctx: ShellContext, file: string): Promise<KeptOpen> {
  if (!ctx.keyStore?.available()) return { status: 'none' };
  const kept = keptFor(ctx.keyStore, file);
  if (kept.status === 'none') return kept;
  if (kept.status === 'unreadable') return { status: 'failed', error: unreadable(file, kept.reason) };
  const result = await callKeyed(ctx, 'workspace.withKey.open', { file, key: hex(kept.key) });
  if (result.ok) return { status: 'opened', info: result.value };
  if (result.error.code === 'WRONG_KEY') {
    const message = `The key this computer keeps for "${basename(file)}" does not open it. Enter its passphrase if it has one, or open a backup or another workspace.`;
    return { status: 'failed', error: new AppError('LOCKED', message, { file, reason: 'keyWrong' }) };
  }
  return { status: 'failed', error: new AppError(result.error.code, result.error.message, result.error.details) };
}

export const keyStoreHandlers = {
  'keyStore.create': async (ctx, { file, sample }) => {
    const store = keyStoreOf(ctx);
    const { key, salt } = newRandomFileKey();
    // Kept first: an encrypted workspace must never exist without its key.
    store.put(salt, key);
    const result = await callKeyed(ctx, 'workspace.withKey.create', { file, sample, key: hex(key), salt: hex(salt) });
    if (!result.ok) forgetUnlessUsed(store, salt, file);
    return valueOf(result);
  },

  'keyStore.encrypt': async (ctx, { keepPlainCopy }) => {
    const store = keyStoreOf(ctx);
    const open = valueOf((await ctx.store('workspace.info', undefined)) as Result<WorkspaceInfo>);
    if (open.encrypted) throw new AppError('VALIDATION', `"${basename(open.file)}" is encrypted already.`);
    const { key, salt } = newRandomFileKey();
    store.put(salt, key);
    const result = await callKeyed(ctx, 'workspace.withKey.encrypt', { key: hex(key), salt: hex(salt), keepPlainCopy });
    if (!result.ok) forgetUnlessUsed(store, salt, open.file);
    return valueOf(result);
  },

  'keyStore.unlock': async (ctx) => {
    const where = await workspaceFile(ctx);
    if (!where) throw new AppError('NO_WORKSPACE', 'No workspace is locked. Create a workspace or open one.');
    // Already open (unlocked meanwhile, say at start): nothing to do.
    if (!where.locked) return valueOf((await ctx.store('workspace.info', undefined)) as Result<WorkspaceInfo>);
    const opened = await openWithKeptKey(ctx, where.file);
    if (opened.status === 'opened') return opened.info;
    if (opened.status === 'failed') throw opened.error;
    throw new AppError('LOCKED', `This computer keeps no key for "${basename(where.file)}": enter its passphrase to open it.`, { file: where.file });
  },

  'keyStore.status': async (ctx) => {
    const store = ctx.keyStore?.available() ? ctx.keyStore : null;
    const where = store ? await workspaceFile(ctx) : null;
    return { available: store !== null, key: store && where ? keptFor(store, where.file).status : 'none' };
  },
} satisfies Partial<ShellHandlers<ShellContext>>;
