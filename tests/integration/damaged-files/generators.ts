import { Database } from '../../../db/store/driver';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../../db/contract';
import { latestSchemaVersion } from '../../../db/migrations';
import { APPLICATION_ID } from '../../../db/store/header';
import type { Random } from '../../support/seeded';
import type { Originals } from './originals';

/**
 * What opening a damaged file must give. `refused`: exactly that refusal. `corruptOrSound`: refused
 * as CORRUPT, or - when the damage hit bytes SQLite never reads or can do without - opened, with
 * integrity_check ok and, where `sameRows` is set, with every row exactly as before.
 */
export type Expectation = { refused: ErrorCode } | { corruptOrSound: true; sameRows: boolean };

export interface DamagedFile {
  kind: string;
  /** What was done to it, for the failure message. */
  what: string;
  bytes: Buffer;
  /** A -wal to put beside it. */
  wal?: Buffer;
  /** The passphrase it is opened with; none for most files. */
  passphrase?: string;
  expect: Expectation;
}

interface Generator {
  kind: string;
  count: number;
  make(random: Random, originals: Originals, scratch: string): Omit<DamagedFile, 'kind'>;
}

const refused = (code: ErrorCode) => ({ refused: code });

/** Changes `n` bytes at random places in [from, to), each to a different value. */
function smashBytes(bytes: Buffer, random: Random, from: number, to: number, n: number, skip: (i: number) => boolean = () => false): number[] {
  const places: number[] = [];
  while (places.length < n) {
    const at = random.int(from, to - 1);
    if (skip(at) || places.includes(at)) continue;
    bytes[at] = (bytes[at] + random.int(1, 255)) & 0xff;
    places.push(at);
  }
  return places;
}

const csv = (random: Random) =>
  ['name,country,stage,capex', ...Array.from({ length: random.int(1, 400) }, (_, i) => `Project ${i},AZ,${random.pick(['idea', 'mou', 'fid'])},${random.int(1, 900)}`)].join('\n');

const pdfLike = (random: Random) =>
  `%PDF-1.${random.int(3, 7)}\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n${'stream\n'.repeat(random.int(1, 50))}%%EOF\n`;

/** A valid SQLite database of some other program: never ours, whatever its tables are called. */
function foreignSqlite(random: Random, scratch: string): Buffer {
  const file = join(scratch, `foreign-${random.int(0, 1e9)}.db`);
  const db = new Database(file);
  // A fixture made and read back at once: syncing it to disk would only cost time.
  db.pragma('synchronous = OFF');
  db.pragma(`journal_mode = ${random.pick(['delete', 'wal'])}`);
  const otherId = random.pick([0, random.int(1, 2 ** 31 - 1)]);
  if (otherId !== APPLICATION_ID) db.pragma(`application_id = ${otherId}`);
  db.pragma(`user_version = ${random.int(0, 5)}`);
  const table = random.pick(['projects', 'clusters', 'notes', 'meta']);
  db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY, name TEXT, value REAL)`);
  const insert = db.prepare(`INSERT INTO ${table} (name, value) VALUES (?, ?)`);
  db.transaction(() => {
    for (let i = random.int(0, 300); i > 0; i--) insert.run(`row ${i}`, random.next());
  })();
  db.close();
  const bytes = readFileSync(file);
  rmSync(file);
  return bytes;
}

/** Rules of the schema that a program writing behind the store's back could break. */
const brokenRules = [
  "UPDATE projects SET capex = -1 WHERE id = (SELECT min(id) FROM projects)",
  "UPDATE projects SET stage = 'dreaming' WHERE id = (SELECT max(id) FROM projects)",
  "UPDATE clusters SET country = 'az' WHERE id = (SELECT min(id) FROM clusters)",
  "UPDATE change_log SET after = 'not json' WHERE id = (SELECT max(id) FROM change_log)",
];

/** The workspace with one row that breaks a CHECK rule, written with the checks switched off. */
function ruleBroken(random: Random, workspace: Buffer, scratch: string): { what: string; bytes: Buffer } {
  const file = join(scratch, `rule-${random.int(0, 1e9)}.clusterdesk`);
  writeFileSync(file, workspace);
  const db = new Database(file);
  db.pragma('ignore_check_constraints = ON');
  const sql = random.pick(brokenRules);
  db.exec(sql);
  db.close();
  const bytes = readFileSync(file);
  rmSync(file);
  return { what: sql, bytes };
}

export const generators: Generator[] = [
  { kind: 'empty', count: 5, make: () => ({ what: 'no bytes', bytes: Buffer.alloc(0), expect: refused('NOT_A_WORKSPACE') }) },
  {
    kind: 'random bytes',
    count: 40,
    make: (random) => {
      const n = random.int(1, 65536);
      // Whole pages of random bytes cannot be told from an encrypted workspace without a key.
      return { what: `${n} random bytes`, bytes: random.bytes(n), expect: refused(n % 4096 === 0 ? 'LOCKED' : 'NOT_A_WORKSPACE') };
    },
  },
  {
    // An encrypted workspace opened without its key looks like this: pages of high-entropy bytes, header included.
    kind: 'high-entropy pages',
    count: 20,
    make: (random, { workspace }) => ({ what: 'a workspace-sized file of high-entropy bytes', bytes: random.bytes(workspace.length), expect: refused('LOCKED') }),
  },
  {
    kind: 'wrong key',
    count: 30,
    make: (random, { encrypted }) => {
      const passphrase = `not it ${random.int(0, 1e9)}`;
      return { what: `the encrypted sample opened with "${passphrase}"`, bytes: encrypted, passphrase, expect: refused('WRONG_KEY') };
    },
  },
  {
    kind: 'wrong key, high-entropy pages',
    count: 10,
    make: (random, { workspace }) => ({ what: 'high-entropy bytes opened with a passphrase', bytes: random.bytes(workspace.length), passphrase: 'some passphrase', expect: refused('WRONG_KEY') }),
  },
  { kind: 'encrypted, no key', count: 10, make: (_r, { encrypted }) => ({ what: 'the encrypted sample opened without a passphrase', bytes: encrypted, expect: refused('LOCKED') }) },
  { kind: 'CSV renamed', count: 25, make: (random) => ({ what: 'a CSV export', bytes: Buffer.from(csv(random)), expect: refused('NOT_A_WORKSPACE') }) },
  { kind: 'PDF renamed', count: 15, make: (random) => ({ what: 'a PDF-like text', bytes: Buffer.from(pdfLike(random), 'latin1'), expect: refused('NOT_A_WORKSPACE') }) },
  {
    kind: 'ZIP renamed',
    count: 10,
    make: (random) => ({ what: 'an XLSX-like zip', bytes: Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), random.bytes(random.int(100, 5000))]), expect: refused('NOT_A_WORKSPACE') }),
  },
  { kind: 'foreign SQLite', count: 30, make: (random, _o, scratch) => ({ what: "another program's SQLite database", bytes: foreignSqlite(random, scratch), expect: refused('NOT_A_WORKSPACE') }) },
  {
    kind: 'magic smashed',
    count: 25,
    make: (random, { workspace }) => {
      const bytes = Buffer.from(workspace);
      const places = smashBytes(bytes, random, 0, 16, random.int(1, 4));
      return { what: `header magic changed at ${places.join(', ')}`, bytes, expect: refused('NOT_A_WORKSPACE') };
    },
  },
  {
    kind: 'application id smashed',
    count: 20,
    make: (random, { workspace }) => {
      const bytes = Buffer.from(workspace);
      const places = smashBytes(bytes, random, 68, 72, random.int(1, 4));
      return { what: `application id changed at ${places.join(', ')}`, bytes, expect: refused('NOT_A_WORKSPACE') };
    },
  },
  {
    kind: 'newer version',
    count: 25,
    make: (random, { workspace }) => {
      const bytes = Buffer.from(workspace);
      const version = random.pick([latestSchemaVersion + 1, random.int(latestSchemaVersion + 1, 2 ** 31 - 1)]);
      bytes.writeUInt32BE(version, 60);
      return { what: `user_version ${version}`, bytes, expect: refused('NEWER_VERSION') };
    },
  },
  {
    kind: 'newer version in the -wal',
    count: 10,
    make: (_r, { newerInWal }) => ({
      what: `user_version ${newerInWal.version} in a -wal not yet checkpointed`,
      bytes: newerInWal.main,
      wal: newerInWal.wal,
      expect: refused('NEWER_VERSION'),
    }),
  },
  {
    kind: 'version 0',
    count: 10,
    make: (_r, { workspace }) => {
      const bytes = Buffer.from(workspace);
      bytes.writeUInt32BE(0, 60);
      return { what: 'user_version 0 with our application id', bytes, expect: refused('CORRUPT') };
    },
  },
  {
    kind: 'format version raised',
    count: 10,
    make: (random, { workspace }) => {
      const bytes = Buffer.from(workspace);
      const at = random.pick([18, 19]);
      bytes[at] = random.int(3, 255);
      return { what: `byte ${at} (file format version) set to ${bytes[at]}`, bytes, expect: refused('CORRUPT') };
    },
  },
  {
    // Only a read-write connection knows the CHECK rules, so this is caught only if the check uses one.
    kind: 'rule broken behind the store',
    count: 12,
    make: (random, { workspace }, scratch) => ({ ...ruleBroken(random, workspace, scratch), expect: refused('CORRUPT') }),
  },
  {
    kind: 'header smashed',
    count: 60,
    make: (random, { workspace }) => {
      const bytes = Buffer.from(workspace);
      // Version and application id have generators of their own, with exact outcomes.
      const places = smashBytes(bytes, random, 16, 100, random.int(1, 8), (i) => i >= 60 && i < 72);
      return { what: `header bytes changed at ${places.join(', ')}`, bytes, expect: { corruptOrSound: true, sameRows: true } };
    },
  },
  {
    kind: 'cut inside the header',
    count: 10,
    make: (random, { workspace }) => {
      const n = random.int(1, 99);
      return { what: `first ${n} bytes only`, bytes: workspace.subarray(0, n), expect: refused('NOT_A_WORKSPACE') };
    },
  },
  {
    kind: 'truncated',
    count: 80,
    make: (random, { workspace }) => {
      const n = random.int(100, workspace.length - 1);
      return { what: `cut to ${n} of ${workspace.length} bytes`, bytes: workspace.subarray(0, n), expect: { corruptOrSound: true, sameRows: true } };
    },
  },
  {
    kind: 'pages smashed',
    count: 150,
    make: (random, { workspace, pageSize }) => {
      const bytes = Buffer.from(workspace);
      const pages = workspace.length / pageSize;
      const done: string[] = [];
      for (let k = random.int(1, 3); k > 0; k--) {
        const page = random.int(0, pages - 1);
        // Page 1's first 100 bytes are the header, which the header generators cover.
        const start = page * pageSize + (page === 0 ? 100 : 0);
        const end = (page + 1) * pageSize;
        const how = random.pick(['random', 'zeros', 'range', 'bytes'] as const);
        if (how === 'random') random.bytes(end - start).copy(bytes, start);
        if (how === 'zeros') bytes.fill(0, start, end);
        if (how === 'range') {
          const from = random.int(start, end - 16);
          random.bytes(random.int(16, Math.min(512, end - from))).copy(bytes, from);
        }
        if (how === 'bytes') smashBytes(bytes, random, start, end, random.int(1, 4));
        done.push(`page ${page + 1} (${how})`);
      }
      return { what: done.join(', '), bytes, expect: { corruptOrSound: true, sameRows: false } };
    },
  },
  {
    kind: 'page written to the wrong place',
    count: 20,
    make: (random, { workspace, pageSize }) => {
      const bytes = Buffer.from(workspace);
      const pages = workspace.length / pageSize;
      const from = random.int(1, pages - 1);
      let to = random.int(1, pages - 1);
      if (to === from) to = from === 1 ? 2 : from - 1;
      workspace.copy(bytes, to * pageSize, from * pageSize, (from + 1) * pageSize);
      return { what: `page ${from + 1} copied over page ${to + 1}`, bytes, expect: { corruptOrSound: true, sameRows: false } };
    },
  },
];
