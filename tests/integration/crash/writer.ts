/**
 * The program the crash test kills. It loads, prints "ready" and waits for one line on stdin:
 * "<workspace file>\t<run number>\t<checkpoint pages>". Then it opens the workspace through the
 * real store, prints "open", and writes batches, one transaction each, printing a batch's tag only
 * once its transaction has committed: a printed tag is an acknowledged write. Loading before the go
 * lets the test start the next writer while the current one runs; "open" lets it aim kills at the
 * writes as well as at the opening.
 */
import { readSync, writeSync } from 'node:fs';
import { openWorkspaceFile } from '../../../db/store/open';
import { Workspace } from '../../../db/store/workspace';
import { batchTag, writeBatch } from './batch';

// A writer the test failed to kill stops by itself instead of filling the disk.
const STOP_AFTER_MS = 10_000;

/** Blocks until a whole line has arrived; exits quietly when the test went away first. */
function readLine(): string {
  const chunk = Buffer.alloc(4096);
  let text = '';
  while (!text.includes('\n')) {
    const n = readSync(0, chunk, 0, chunk.length, null);
    if (n === 0) process.exit(0);
    text += chunk.toString('utf8', 0, n);
  }
  return text.slice(0, text.indexOf('\n'));
}

writeSync(1, 'ready\n');
const [file, run, checkpointPages] = readLine().split('\t');
const ws = new Workspace(openWorkspaceFile(file), file);
ws.db.pragma(`wal_autocheckpoint = ${Number(checkpointPages)}`);
writeSync(1, 'open\n');
const stopAt = Date.now() + STOP_AFTER_MS;
for (let seq = 0; Date.now() < stopAt; seq++) {
  const tag = batchTag(Number(run), seq);
  ws.write('crash.batch', () => writeBatch(ws, tag));
  // Synchronous, so the acknowledgement is in the pipe before the next transaction begins.
  writeSync(1, `${tag}\n`);
}
ws.close();
