import { z } from 'zod';
import { Settings, SettingsPatch } from '../../schema';
import { NoInput, shell } from '../method-spec';
import { EncryptOutcome, WorkspaceFile, WorkspaceInfo } from './workspace';

export const AppInfo = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'chromium', 'in-process']),
  platform: z.string(),
  userDataDir: z.string(),
  /** False in the Chromium shell: the renderer then asks for file paths itself. */
  nativeDialogs: z.boolean(),
  /**
   * Whether a workspace key can be kept by the operating system (Electron's safeStorage): false in
   * the Chromium shell, and where the system offers no protected store for it.
   */
  keyStore: z.boolean(),
});

/** What a save dialog is for; the shell picks the filter and the suggested folder from it. */
export const FilePurpose = z.enum(['workspace', 'pdf', 'csv', 'xlsx', 'json', 'backup']);

/** Methods the shell answers: the app itself, the analyst's settings, files and folders. */
export const appMethods = {
  'app.info': shell(NoInput, AppInfo),
  'settings.get': shell(NoInput, Settings),
  'settings.update': shell(SettingsPatch, Settings),
  'app.showWorkspaceInFolder': shell(NoInput, z.object({ shown: z.boolean() })),
  'dialog.saveFile': shell(
    z.strictObject({ purpose: FilePurpose, suggestedName: z.string().min(1).max(255) }),
    z.object({ file: z.string().nullable() }),
  ),
  'dialog.openFile': shell(z.strictObject({ purpose: FilePurpose }), z.object({ file: z.string().nullable() })),
  /** A new workspace encrypted with a random key the operating system keeps; the key never reaches the window. */
  'keyStore.create': shell(z.strictObject({ file: WorkspaceFile, sample: z.boolean() }), WorkspaceInfo),
  /** Encrypts the open workspace with a random key the operating system keeps. */
  'keyStore.encrypt': shell(z.strictObject({ keepPlainCopy: z.boolean().default(false) }), EncryptOutcome),
  /** Unlocks the locked workspace with the key the operating system keeps for it, if it keeps one. */
  'keyStore.unlock': shell(NoInput, WorkspaceInfo),
  /** Whether keys can be kept here, and whether one is kept (and readable) for the open or locked workspace. */
  'keyStore.status': shell(NoInput, z.object({ available: z.boolean(), key: z.enum(['none', 'kept', 'unreadable']) })),
};
