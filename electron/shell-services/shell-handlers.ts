import { failure, ok, type Result } from '../../db/contract/result';
import type { ShellHandlers, ShellMethodName } from '../../db/contract/handler-types';
import { exportBriefing } from './briefing-export';
import { importShellHandlers } from './imports';
import { keyStoreHandlers } from './kept-keys';
import { exportComparison, exportScenario, exportTable, exportWorkspace } from './exports';
import type { ShellContext } from './shell-context';
import { safeSuggestedName } from './suggested-name';

export const shellHandlers = {
  'app.info': async (ctx) => ({
    version: ctx.version,
    shell: ctx.shell,
    platform: process.platform,
    userDataDir: ctx.userDataDir,
    nativeDialogs: ctx.saveDialog !== null,
    keyStore: ctx.keyStore?.available() ?? false,
  }),
  'settings.get': async (ctx) => ctx.settings.read(),
  'settings.update': async (ctx, patch) => ctx.settings.update(patch),
  'app.showWorkspaceInFolder': async (ctx) => {
    const info = await ctx.store('workspace.info', undefined);
    if (!info.ok) return { shown: false };
    ctx.showItemInFolder((info.value as { file: string }).file);
    return { shown: true };
  },
  'dialog.saveFile': async (ctx, { purpose, suggestedName }) => ({ file: ctx.saveDialog ? await ctx.saveDialog(purpose, safeSuggestedName(purpose, suggestedName)) : null }),
  'dialog.openFile': async (ctx, { purpose }) => ({ file: ctx.openDialog ? await ctx.openDialog(purpose) : null }),
  'briefings.export': exportBriefing,
  ...importShellHandlers,
  ...keyStoreHandlers,
  'exports.table': exportTable,
  'exports.scenario': exportScenario,
  'exports.comparison': exportComparison,
  'exports.workspace': exportWorkspace,
} satisfies ShellHandlers<ShellContext>;

/** The router's shell backend over these handlers; like the store, it never throws. */
export function shellBackend(ctx: ShellContext) {
  return async (method: ShellMethodName, input: unknown): Promise<Result<unknown>> => {
    try {
      const handler = shellHandlers[method] as (ctx: ShellContext, input: unknown) => Promise<unknown>;
      return ok(await handler(ctx, input));
    } catch (err) {
      return failure(err);
    }
  };
}
