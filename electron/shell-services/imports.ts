import { basename } from 'node:path';
import type { StoreMethodName } from '../../db/contract/handler-types';
import type { MethodInput, MethodOutput, ParsedInput } from '../../db/contract/methods';
import { AppError, type Result } from '../../db/contract/result';
import {
  autoMap,
  importFields,
  numberFormatFor,
  readImportFile,
  rememberMapping,
  sharedCancelFlag,
  type ImportFile,
  type ImportRequest,
  type MappingMemory,
  type NumberFormat,
} from '../../db/io';
import type { ShellContext } from './shell-context';

/** Enough rows under the header to recognise each column while mapping. */
const SAMPLE_ROWS = 3;
/** Mappings remembered at most; the oldest go first. */
const REMEMBERED = 100;

/** Commits under way, by the window's ticket, so that a cancel can raise the flag the store reads. */
const running = new Map<string, ReturnType<typeof sharedCancelFlag>>();

async function store<M extends StoreMethodName>(ctx: ShellContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = (await ctx.store(method, input)) as Result<MethodOutput<M>>;
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

/** Reads the file, turning "not there" and "not readable" into messages that name it. */
async function readSource(input: ParsedInput<'imports.inspect'>): Promise<ImportFile> {
  try {
    return await readImportFile(input.file, { encoding: input.encoding, delimiter: input.delimiter, sheet: input.sheet });
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const name = basename(input.file);
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `"${name}" was not found at ${input.file}; check the path. Nothing was imported.`, { file: input.file, reason: 'missing' });
    if (code === 'EISDIR') throw new AppError('VALIDATION', `${input.file} is a folder; type the path of a CSV or XLSX file in it.`, { file: input.file, reason: 'folder' });
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('IO', `"${name}" could not be read: permission denied. Nothing was imported.`, { file: input.file, reason: 'denied' });
    throw new AppError('IO', `"${name}" could not be read (${code ?? 'unknown error'}). Nothing was imported.`, { file: input.file, reason: 'unreadable' });
  }
}

/** The settings' number format, or the usual one for the interface's language. */
function suggestedFormat(ctx: ShellContext): NumberFormat {
  const { numberFormat, language } = ctx.settings.read();
  if (numberFormat === 'dot-decimal') return 'decimal-point';
  if (numberFormat === 'comma-decimal') return 'decimal-comma';
  return numberFormatFor(language);
}

const requestOf = (input: Omit<ParsedInput<'imports.preview'>, 'rows'>): ImportRequest => ({
  table: input.table,
  mapping: input.mapping,
  numberFormat: input.numberFormat,
  matchBy: input.matchBy,
  onMatch: input.onExisting,
  unresolved: input.unresolved,
});

/** Keeps the confirmed mapping for this header row, newest last, dropping the oldest past the cap. */
function remember(ctx: ShellContext, table: ImportRequest['table'], header: string[], mapping: ImportRequest['mapping']): void {
  const next = rememberMapping({}, table, header, mapping);
  const [key] = Object.keys(next);
  const kept = Object.entries(ctx.settings.read().importMappings).filter(([k]) => k !== key);
  const memory: MappingMemory = Object.fromEntries([...kept.slice(-(REMEMBERED - 1)), [key, next[key]]]);
  ctx.settings.update({ importMappings: memory });
}

export const importShellHandlers = {
  'imports.inspect': async (ctx: ShellContext, input: ParsedInput<'imports.inspect'>): Promise<MethodOutput<'imports.inspect'>> => {
    const file = await readSource(input);
    const { mapping, remembered } = autoMap(input.table, file.sheet.header, ctx.settings.read().importMappings);
    return {
      fileName: file.sheet.fileName,
      format: file.format,
      sheet: file.sheet.name,
      sheets: file.sheets,
      encoding: file.encoding && { used: file.encoding.encoding, confidence: file.encoding.confidence, alternatives: file.encoding.alternatives },
      delimiter: file.delimiter,
      header: file.sheet.header,
      rowCount: file.sheet.rows.length,
      sample: file.sheet.rows.slice(0, SAMPLE_ROWS),
      issues: file.sheet.issues,
      mapping,
      remembered,
      fields: importFields[input.table].map(({ key, label, stored, required }) => ({ key, label, stored, required })),
      numberFormat: suggestedFormat(ctx),
    };
  },

  'imports.preview': async (ctx: ShellContext, input: ParsedInput<'imports.preview'>) => {
    const file = await readSource(input);
    return store(ctx, 'imports.previewSheet', { sheet: file.sheet, request: requestOf(input), rows: input.rows });
  },

  'imports.commit': async (ctx: ShellContext, input: ParsedInput<'imports.commit'>) => {
    // Registered before the first wait, so a cancel that follows the commit at once finds it.
    const flag = sharedCancelFlag();
    running.set(input.ticket, flag);
    try {
      const file = await readSource(input);
      const outcome = await store(ctx, 'imports.commitSheet', { sheet: file.sheet, request: requestOf(input), ticket: input.ticket, cancelFlag: flag.buffer });
      if (outcome.status === 'committed') remember(ctx, input.table, file.sheet.header, input.mapping);
      return outcome;
    } finally {
      running.delete(input.ticket);
    }
  },

  'imports.cancel': async (_ctx: ShellContext, { ticket }: ParsedInput<'imports.cancel'>) => {
    const flag = running.get(ticket);
    flag?.cancel();
    return { cancelled: flag !== undefined };
  },
};
