import { Database } from '../../../db/store/driver';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fillSample } from '../../../db/sample/fill';
import { newFileKey } from '../../../db/store/encryption/passphrase-key';
import { createWorkspaceFile, openWorkspaceFile } from '../../../db/store/open';
import { Workspace } from '../../../db/store/workspace';
import { latestSchemaVersion } from '../../../db/migrations';
import { rowsDigest } from '../../support/rows-digest';

/** The sound files the damaged ones are made from, as bytes, with what the workspace holds. */
export interface Originals {
  /** The sample workspace, closed: about 80 pages of real records, indexes and change log. */
  workspace: Buffer;
  pageSize: number;
  digest: string;
  /** The same workspace with user_version set to a newer schema by a write that is still in its -wal. */
  newerInWal: { main: Buffer; wal: Buffer; version: number };
  /** The sample workspace encrypted with ENCRYPTED_PASSPHRASE, closed. */
  encrypted: Buffer;
}

export const ENCRYPTED_PASSPHRASE = 'the passphrase of the corpus';

export function makeOriginals(dir: string): Originals {
  const file = join(dir, 'original.clusterdesk');
  createWorkspaceFile(file, (db) => fillSample(new Workspace(db, file))).close();
  const workspace = readFileSync(file);
  const db = openWorkspaceFile(file);
  const digest = rowsDigest(db);
  db.close();

  const copy = join(dir, 'newer-in-wal.clusterdesk');
  copyFileSync(file, copy);
  const version = latestSchemaVersion + 1;
  const raw = new Database(copy);
  raw.pragma('wal_autocheckpoint = 0');
  raw.pragma(`user_version = ${version}`);
  const newerInWal = { main: readFileSync(copy), wal: readFileSync(`${copy}-wal`), version };
  raw.close();
  const encryptedFile = join(dir, 'encrypted.clusterdesk');
  createWorkspaceFile(encryptedFile, (db) => fillSample(new Workspace(db, encryptedFile)), newFileKey(ENCRYPTED_PASSPHRASE)).close();
  const encrypted = readFileSync(encryptedFile);
  for (const f of [file, copy, encryptedFile]) rmSync(f);
  return { workspace, pageSize: workspace.readUInt16BE(16), digest, newerInWal, encrypted };
}
