import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MethodInput, MethodOutput } from '../../../db/contract/methods';
import type { AppErrorShape } from '../../../db/contract/result';
import { ApiError, type Client } from '../../api/client';
import { toErrorShape } from '../shared/query-store';

type Source = MethodInput<'imports.inspect'>;
export type ImportTable = Source['table'];
export type Inspection = MethodOutput<'imports.inspect'>;
export type Preview = MethodOutput<'imports.preview'>;
export type Outcome = MethodOutput<'imports.commit'>;
export type ReadChoices = Pick<Source, 'encoding' | 'delimiter' | 'sheet'>;
type Choices = Required<Pick<MethodInput<'imports.preview'>, 'numberFormat' | 'matchBy' | 'onExisting'>>;

export interface ImportState extends Choices {
  table: ImportTable;
  /** The path as the analyst typed or chose it. */
  file: string;
  read: ReadChoices;
  inspection: Inspection | null;
  mapping: (string | null)[];
  preview: Preview | null;
  busy: 'reading' | 'checking' | 'committing' | null;
  progress: { phase: 'validating' | 'writing'; done: number; total: number } | null;
  outcome: Outcome | null;
  error: AppErrorShape | null;
  setFile(file: string): void;
  /** Reads the file again with these choices (sheet, encoding, delimiter). */
  setRead(patch: ReadChoices): Promise<void>;
  setMapping(column: number, field: string | null): void;
  setChoice(patch: Partial<Choices>): void;
  inspect(): Promise<void>;
  check(): Promise<void>;
  commit(): Promise<void>;
  cancel(): Promise<void>;
}

export type ImportStore = StoreApi<ImportState> & { dispose(): void };

const sameHeader = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/** Names one commit, so that its progress and its cancel are not mistaken for another's. */
const newTicket = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `t-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`);

/**
 * One import into one table: read the file, map it, check it against the workspace, commit it.
 * The file is read again on every step, so a file fixed on disk is what gets checked and written.
 */
export function createImportStore(client: Client, table: ImportTable): ImportStore {
  let ticket: string | null = null;
  const store = createStore<ImportState>()((set, get) => {
    const source = (): Source => ({ file: get().file.trim(), table, ...get().read });
    const choices = () => {
      const s = get();
      return { ...source(), mapping: s.mapping, numberFormat: s.numberFormat, matchBy: s.matchBy, onExisting: s.onExisting };
    };
    // The details say why a file was refused (a reason and the file), which the wizard says in the analyst's language.
    const shapeOf = (err: unknown): AppErrorShape => (err instanceof ApiError && err.details !== undefined ? { code: err.code, message: err.message, details: err.details } : toErrorShape(err));
    const fail = (err: unknown) => set({ error: shapeOf(err), busy: null, progress: null });
    return {
      table,
      file: '',
      read: {},
      inspection: null,
      mapping: [],
      numberFormat: 'decimal-point',
      matchBy: 'name',
      onExisting: 'skip',
      preview: null,
      busy: null,
      progress: null,
      outcome: null,
      error: null,
      setFile: (file) => set({ file }),
      async setRead(patch) {
        set({ read: { ...get().read, ...patch } });
        await get().inspect();
      },
      setMapping: (column, field) => set({ mapping: get().mapping.map((m, i) => (i === column ? field : m)), preview: null, outcome: null }),
      setChoice: (patch) => set({ ...patch, preview: null, outcome: null }),
      async inspect() {
        if (!get().file.trim() || get().busy) return;
        set({ busy: 'reading', error: null, preview: null, outcome: null });
        try {
          const inspection = await client.api('imports.inspect', source());
          const before = get().inspection;
          // A file fixed and read again keeps the analyst's mapping while its columns stay the same.
          const keep = before !== null && sameHeader(before.header, inspection.header);
          set({
            inspection,
            mapping: keep ? get().mapping : inspection.mapping,
            numberFormat: before ? get().numberFormat : inspection.numberFormat,
            busy: null,
          });
        } catch (err) {
          set({ inspection: null, mapping: [] });
          fail(err);
        }
      },
      async check() {
        if (!get().inspection || get().busy) return;
        set({ busy: 'checking', error: null, outcome: null });
        try {
          set({ preview: await client.api('imports.preview', choices()), busy: null });
        } catch (err) {
          set({ preview: null });
          fail(err);
        }
      },
      async commit() {
        if (!get().preview?.ready || get().busy) return;
        ticket = newTicket();
        set({ busy: 'committing', error: null, outcome: null, progress: null });
        try {
          const outcome = await client.api('imports.commit', { ...choices(), ticket });
          set({ outcome, busy: null, progress: null, preview: outcome.status === 'committed' ? null : get().preview });
        } catch (err) {
          fail(err);
        } finally {
          ticket = null;
        }
      },
      async cancel() {
        if (!ticket) return;
        try {
          await client.api('imports.cancel', { ticket });
        } catch (err) {
          fail(err);
        }
      },
    };
  });
  const stop = client.on('imports.progress', (p) => {
    if (p.ticket === ticket) store.setState({ progress: { phase: p.phase, done: p.done, total: p.total } });
  });
  return Object.assign(store, { dispose: stop });
}
