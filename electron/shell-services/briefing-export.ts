import type { MethodInput, MethodName, MethodOutput } from '../../db/contract/methods';
import { AppError, type Result } from '../../db/contract/result';
import type { StoreMethodName } from '../../db/contract/handler-types';
import type { ShellContext } from './shell-context';

/** A store call that must succeed; its failure goes on as the same error. */
async function store<M extends MethodName & StoreMethodName>(ctx: ShellContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = (await ctx.store(method, input)) as Result<MethodOutput<M>>;
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

/**
 * 'briefings.export': print the saved briefing in its language (or the one asked for), write the
 * PDF whole or not at all, and note the export in the briefing's history. The printer checks the
 * folder before it prints, so a missing or write-protected folder is reported at once.
 */
export async function exportBriefing(
  ctx: ShellContext,
  input: { id: number; file: string; language?: MethodInput<'briefings.recordExport'>['language'] },
): Promise<MethodOutput<'briefings.export'>> {
  if (!ctx.printer) {
    throw new AppError('UNKNOWN_METHOD', 'This window cannot print briefings to PDF.', { reason: 'noPrinter' });
  }
  const briefing = await store(ctx, 'briefings.get', { id: input.id });
  const language = input.language ?? briefing.language;
  const { pages, bytes } = await ctx.printer.print(briefing.id, language, input.file);
  const record = await store(ctx, 'briefings.recordExport', { briefingId: briefing.id, file: input.file, language, pages });
  return { file: input.file, pages, bytes, export: record };
}
