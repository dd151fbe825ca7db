import type { FilePurpose } from '../../db/contract/groups/app';
import type { Result } from '../../db/contract/result';
import type { StoreMethodName } from '../../db/contract/handler-types';
import type { PdfPrinter } from '../pdf/printer';
import type { KeyStore } from './key-store';
import type { SettingsFile } from './settings-file';

type Purpose = (typeof FilePurpose)['options'][number];

/** What a shell offers the methods it answers itself; each shell fills it in its own way. */
export interface ShellContext {
  shell: 'electron' | 'chromium' | 'in-process';
  version: string;
  userDataDir: string;
  settings: SettingsFile;
  /** The store, for methods that need a workspace fact (its file) or record an outcome. */
  store(method: StoreMethodName, input: unknown): Promise<Result<unknown>>;
  showItemInFolder(file: string): void;
  /** Native dialogs where the shell has them; null when the shell cannot show one. */
  saveDialog: ((purpose: Purpose, suggestedName: string) => Promise<string | null>) | null;
  openDialog: ((purpose: Purpose) => Promise<string | null>) | null;
  /** Prints briefings to PDF; a shell without one answers 'briefings.export' with a clear refusal. */
  printer?: PdfPrinter;
  /** Workspace keys kept by the operating system; only Electron has one (safeStorage). */
  keyStore?: KeyStore;
}

export type { Purpose as FilePurposeName };
