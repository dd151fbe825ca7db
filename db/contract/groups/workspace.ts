import { z } from 'zod';
import { fromShellOnly, NoInput, read, write } from '../method-spec';

/** A path to a workspace file; the extension keeps the renderer from naming arbitrary files. */
export const WorkspaceFile = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.endsWith('.clusterdesk') && !p.includes('\0'), 'must be a path ending in .clusterdesk');

/** A passphrase for an encrypted workspace; its key is derived with scrypt (db/store/encryption). */
export const MIN_PASSPHRASE_LENGTH = 8;
const Passphrase = z
  .string()
  .max(1024, 'is too long (at most 1024 characters)')
  .refine((p) => [...p].length >= MIN_PASSPHRASE_LENGTH, `must have at least ${MIN_PASSPHRASE_LENGTH} characters`);

export const WorkspaceInfo = z.object({
  file: z.string(),
  schemaVersion: z.int(),
  /** Encrypted at rest: the renderer offers lock and change passphrase, and warns that exports are plain. */
  encrypted: z.boolean(),
  counts: z.object({
    initiatives: z.int(),
    clusters: z.int(),
    projects: z.int(),
    partners: z.int(),
    agreements: z.int(),
    sources: z.int(),
    indicators: z.int(),
    scenarios: z.int(),
    briefings: z.int(),
  }),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

/** A raw key and salt in hex, as the shell sends them to the store: never typed, never seen by the window. */
const RawKey = z.string().regex(/^[0-9a-f]{64}$/, 'must be 32 bytes in lowercase hex');
const Salt = z.string().regex(/^[0-9a-f]{32}$/, 'must be 16 bytes in lowercase hex');

export const EncryptOutcome = z.object({ info: WorkspaceInfo, plainCopy: z.string().nullable() });

export const workspaceMethods = {
  'workspace.info': read(NoInput, WorkspaceInfo),
  'workspace.create': write(z.strictObject({ file: WorkspaceFile, sample: z.boolean(), passphrase: Passphrase.optional() }), WorkspaceInfo),
  'workspace.open': write(z.strictObject({ file: WorkspaceFile, passphrase: z.string().max(1024).optional() }), WorkspaceInfo),
  /** Opens the workspace that is locked (after a lock, or opened without its passphrase). */
  'workspace.unlock': write(z.strictObject({ passphrase: z.string().max(1024) }), WorkspaceInfo),
  /**
   * Locks the open workspace. With `file`, an encrypted file chosen from the File menu takes the
   * open workspace's place and waits for its key, so the window asks for it.
   */
  'workspace.lock': write(z.strictObject({ file: WorkspaceFile.optional() }).optional(), z.object({ file: z.string() })),
  'workspace.encrypt': write(z.strictObject({ passphrase: Passphrase, keepPlainCopy: z.boolean().default(false) }), EncryptOutcome),
  'workspace.changePassphrase': write(z.strictObject({ current: z.string().max(1024), next: Passphrase }), WorkspaceInfo),
  // The raw key the operating system keeps reaches the store only from the shell (electron/shell-services/key-store.ts).
  'workspace.withKey.create': fromShellOnly(write(z.strictObject({ file: WorkspaceFile, sample: z.boolean(), key: RawKey, salt: Salt }), WorkspaceInfo)),
  'workspace.withKey.open': fromShellOnly(write(z.strictObject({ file: WorkspaceFile, key: RawKey }), WorkspaceInfo)),
  'workspace.withKey.encrypt': fromShellOnly(write(z.strictObject({ key: RawKey, salt: Salt, keepPlainCopy: z.boolean() }), EncryptOutcome)),
};
