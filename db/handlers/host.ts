import { AppError } from '../contract/result';
import { createWorkspaceFile, openWorkspaceFile } from '../store/open';
import { Workspace, type Clock } from '../store/workspace';
import { fillSample } from '../sample/fill';

/** Holds the one open workspace; opening another closes the current one only once the new one is open. */
export class WorkspaceHost {
  private current: Workspace | null = null;

  constructor(private readonly clock?: Clock) {}

  get ws(): Workspace {
    if (!this.current) throw new AppError('NO_WORKSPACE', 'No workspace is open. Create a workspace or open one from the File menu.');
    return this.current;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  open(file: string): Workspace {
    return this.replace(new Workspace(openWorkspaceFile(file), file, this.clock));
  }

  create(file: string, sample: boolean): Workspace {
    const db = createWorkspaceFile(file, sample ? (temp) => fillSample(new Workspace(temp, file, this.clock)) : undefined);
    return this.replace(new Workspace(db, file, this.clock));
  }

  /** Opens the file, or creates it (from the sample if asked) when it does not exist yet. */
  openOrCreate(file: string, sample: boolean, exists: boolean): Workspace {
    return exists ? this.open(file) : this.create(file, sample);
  }

  private replace(next: Workspace): Workspace {
    this.current?.close();
    this.current = next;
    return next;
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }
}
