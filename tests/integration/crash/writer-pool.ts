import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export interface KilledRun {
  /** Tags the writer printed before it died: the transactions it saw commit. */
  acknowledged: string[];
  /** Whether the writer had opened the workspace when it died. */
  opened: boolean;
  /** How the writer ended: 'SIGKILL' when the test killed it, as it should. */
  signal: NodeJS.Signals | null;
  exitCode: number | null;
  stderr: string;
}

export interface RunOrder {
  file: string;
  run: number;
  /** wal_autocheckpoint for this run: small values make kills land inside checkpoints too. */
  checkpointPages: number;
  /**
   * The kill comes `ms` after an event: the go (so it may land in the opening), the writer's "open",
   * or its n-th acknowledgement (so it lands among the writes however fast the machine is).
   */
  kill: { after: 'go' | 'open' | number; ms: number };
}

// V8 keeps the compiled bundle here between writers, which saves a good part of each start.
const compileCache = join(resolve(import.meta.dirname, '../../..'), 'node_modules', '.cache', 'clusterdesk-test', 'compile-cache');

/** One writer process that has loaded and waits for its go. */
class WarmWriter {
  private readonly child: ChildProcess;
  private readonly lines: string[] = [];
  private partial = '';
  private stderr = '';
  private onLine: (line: string) => void = () => {};
  readonly ready: Promise<void>;
  private readonly ended: Promise<{ signal: NodeJS.Signals | null; exitCode: number | null }>;

  constructor(bundle: string) {
    this.child = spawn(process.execPath, [bundle], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_COMPILE_CACHE: compileCache },
    });
    this.child.stdout!.setEncoding('utf8');
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (text: string) => (this.stderr += text));
    this.child.stdout!.on('data', (text: string) => {
      // Only whole lines count: a tag cut off by the kill was not acknowledged.
      const parts = (this.partial + text).split('\n');
      this.partial = parts.pop()!;
      for (const line of parts) {
        this.lines.push(line);
        this.onLine(line);
      }
    });
    this.ended = new Promise((done) => this.child.once('close', (exitCode, signal) => done({ exitCode, signal })));
    this.ready = new Promise((ready, failed) => {
      this.onLine = (line) => line === 'ready' && ready();
      void this.ended.then(() => failed(new Error(`the writer ended before it was ready: ${this.stderr}`)));
    });
    // A spare dismissed at the end never becomes ready; only a writer that is used reports it.
    this.ready.catch(() => {});
  }

  async run(order: RunOrder): Promise<KilledRun> {
    const kill = () => setTimeout(() => this.child.kill('SIGKILL'), order.kill.ms);
    let timer: NodeJS.Timeout | undefined;
    let acknowledgements = 0;
    this.onLine = (line) => {
      if (line !== 'open') acknowledgements += 1;
      if (timer === undefined && (line === 'open' ? order.kill.after === 'open' : acknowledgements === order.kill.after)) timer = kill();
    };
    this.child.stdin!.write(`${order.file}\t${order.run}\t${order.checkpointPages}\n`);
    if (order.kill.after === 'go') timer = kill();
    const { signal, exitCode } = await this.ended;
    clearTimeout(timer);
    const opened = this.lines.includes('open');
    const acknowledged = this.lines.filter((line) => line !== 'ready' && line !== 'open');
    return { acknowledged, opened, signal, exitCode, stderr: this.stderr };
  }

  dismiss(): void {
    this.child.kill('SIGKILL');
  }
}

/**
 * Writer processes started ahead of time: while one writes and is killed, the next ones load on the
 * other core. Starting Node and loading the store is most of the cost of each kill.
 */
export class WriterPool {
  private readonly warm: WarmWriter[] = [];

  constructor(
    private readonly bundle: string,
    size: number,
  ) {
    while (this.warm.length < size) this.warm.push(new WarmWriter(bundle));
  }

  /** Starts a warm writer on the order, starts a replacement, and resolves once the writer is dead. */
  async run(order: RunOrder): Promise<KilledRun> {
    const writer = this.warm.shift()!;
    this.warm.push(new WarmWriter(this.bundle));
    await writer.ready;
    return writer.run(order);
  }

  close(): void {
    for (const writer of this.warm.splice(0)) writer.dismiss();
  }
}
