import { closeSync, openSync, readSync, fstatSync } from 'node:fs';

/** 'CLDS': stamped in the SQLite header so that any other SQLite file is recognised as foreign. */
export const APPLICATION_ID = 0x434c4453;

const MAGIC = 'SQLite format 3\0';

export interface HeaderFacts {
  size: number;
  isSqlite: boolean;
  applicationId: number;
  userVersion: number;
  pageSize: number;
  /** Bytes 18 and 19: 1 for rollback journal, 2 for WAL; anything else SQLite will not write or read. */
  writeVersion: number;
  readVersion: number;
}

/**
 * Reads the 100-byte database header without going through SQLite, so a foreign or damaged file is
 * classified before any library could touch it.
 */
export function readHeader(file: string): HeaderFacts {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    const isSqlite = n === 100 && buf.toString('latin1', 0, 16) === MAGIC;
    const rawPage = buf.readUInt16BE(16);
    return {
      size,
      isSqlite,
      applicationId: isSqlite ? buf.readUInt32BE(68) : 0,
      userVersion: isSqlite ? buf.readUInt32BE(60) : 0,
      pageSize: rawPage === 1 ? 65536 : rawPage,
      writeVersion: buf[18],
      readVersion: buf[19],
    };
  } finally {
    closeSync(fd);
  }
}
