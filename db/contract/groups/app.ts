import { z } from 'zod';
import { Settings, SettingsPatch } from '../../schema';
import { NoInput, shell } from '../method-spec';

export const AppInfo = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'chromium', 'in-process']),
  platform: z.string(),
  userDataDir: z.string(),
  /** False in the Chromium shell: the renderer then asks for file paths itself. */
  nativeDialogs: z.boolean(),
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
};
