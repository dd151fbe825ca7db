import type { Random } from '../../support/seeded';

/** Where each committed transaction ends in the -wal file, and the file's frame geometry. */
export interface WalLayout {
  pageSize: number;
  /** Byte offset just past each commit's last frame, in commit order. */
  commitEnds: number[];
}

export interface WalDamage {
  what: string;
  wal: Buffer;
  /** How many of the commits must survive: those wholly before the first damaged frame. */
  survivors: number;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

const commitsBefore = (layout: WalLayout, offset: number) => layout.commitEnds.filter((end) => end <= offset).length;

/** The start of the frame holding `offset`; SQLite's recovery stops at the first frame that fails its checksum. */
function frameStart(layout: WalLayout, offset: number): number {
  if (offset < WAL_HEADER) return 0;
  const frame = FRAME_HEADER + layout.pageSize;
  return WAL_HEADER + Math.floor((offset - WAL_HEADER) / frame) * frame;
}

/**
 * What a power loss can leave of a -wal: cut off anywhere (a write that never reached the disk),
 * followed by garbage (a torn sector or stale blocks), or overwritten in the middle.
 */
export function damageWal(wal: Buffer, layout: WalLayout, random: Random): WalDamage {
  const end = wal.length;
  switch (random.pick(['truncate', 'append', 'truncate+append', 'overwrite'] as const)) {
    case 'truncate': {
      const at = random.int(0, end);
      return { what: `cut at ${at} of ${end}`, wal: wal.subarray(0, at), survivors: commitsBefore(layout, at) };
    }
    case 'append': {
      const garbage = random.bytes(random.int(1, 2 * layout.pageSize));
      return { what: `${garbage.length} garbage bytes appended`, wal: Buffer.concat([wal, garbage]), survivors: layout.commitEnds.length };
    }
    case 'truncate+append': {
      const at = random.int(0, end);
      const garbage = random.bytes(random.int(1, 2 * layout.pageSize));
      return {
        what: `cut at ${at} of ${end}, then ${garbage.length} garbage bytes`,
        wal: Buffer.concat([wal.subarray(0, at), garbage]),
        survivors: commitsBefore(layout, at),
      };
    }
    case 'overwrite': {
      const at = random.int(0, end - 16);
      const garbage = random.bytes(random.int(16, 512));
      const damaged = Buffer.from(wal);
      garbage.copy(damaged, at, 0, Math.min(garbage.length, end - at));
      return { what: `${garbage.length} bytes overwritten at ${at} of ${end}`, wal: damaged, survivors: commitsBefore(layout, frameStart(layout, at)) };
    }
  }
}
