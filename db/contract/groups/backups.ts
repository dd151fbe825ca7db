import { z } from 'zod';
import { read, write } from '../method-spec';
import { isAbsolutePath } from './exports';

/** The backup folder from the settings; null for the default, a folder beside the workspace. */
const Folder = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0') && isAbsolutePath(p), 'must be the full path of a folder')
  .nullable();

const WorkspaceLikeFile = (extension: string) =>
  z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => !p.includes('\0') && isAbsolutePath(p) && p.toLowerCase().endsWith(extension), `must be the full path of a ${extension} file`);

export const BackupEntry = z.object({
  file: z.string(),
  /** When it was made (ISO 8601), read from its name. */
  at: z.string(),
  automatic: z.boolean(),
  bytes: z.int().min(0),
});

/**
 * Backups of the open workspace, made through its own connection (VACUUM INTO) so that an
 * encrypted workspace gives encrypted backups; restore and the archive import replace the
 * workspace's content and reopen it, which the renderer hears as data.changed { workspace }.
 */
export const backupMethods = {
  'backups.now': read(z.strictObject({ folder: Folder }), BackupEntry),
  'backups.list': read(z.strictObject({ folder: Folder }), z.object({ folder: z.string(), backups: z.array(BackupEntry) })),
  /** The daily automatic backup: made unless one was made today; the oldest beyond `keep` removed. */
  'backups.auto': read(
    z.strictObject({ folder: Folder, keep: z.int().min(1).max(365) }),
    z.object({ made: BackupEntry.nullable(), removed: z.array(z.string()) }),
  ),
  /** Checks the backup, keeps the current file aside, puts the backup in place and reopens it. */
  'backups.restore': write(
    z.strictObject({ file: WorkspaceLikeFile('.clusterdesk') }),
    z.object({ file: z.string(), asideFile: z.string(), schemaVersion: z.int() }),
  ),
  /** A JSON archive into this workspace, which must be empty. */
  'backups.importArchive': write(z.strictObject({ file: WorkspaceLikeFile('.json') }), z.object({ rows: z.int().min(0) })),
};
