import type { ExportTable } from '../../db/io/export-table';
import { toCsv } from '../../db/io/export-csv';
import { toXlsx } from '../../db/io/export-xlsx';
import type { MethodInput, MethodName, MethodOutput, ParsedInput } from '../../db/contract/methods';
import { AppError, type Result } from '../../db/contract/result';
import type { StoreMethodName } from '../../db/contract/handler-types';
import type { ShellContext } from './shell-context';
import { writeWhole } from './write-whole';

type Written = MethodOutput<'exports.table'>;

/** A store call that must succeed; its failure goes on as the same error. */
async function store<M extends MethodName & StoreMethodName>(ctx: ShellContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = (await ctx.store(method, input)) as Result<MethodOutput<M>>;
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

async function writeTables(tables: ExportTable[], format: 'csv' | 'xlsx', file: string): Promise<Written> {
  const bytes = format === 'csv' ? toCsv(tables[0]) : await toXlsx(tables);
  return { file, bytes: await writeWhole(file, bytes), rows: tables.reduce((n, t) => n + t.rows.length, 0) };
}

/** 'exports.table': the table, or the grid's view of it, as CSV or XLSX. */
export const exportTable = async (ctx: ShellContext, { view, format, file }: ParsedInput<'exports.table'>) =>
  writeTables([await store(ctx, 'exports.tableData', view)], format, file);

/** 'exports.scenario': one scenario's results, year by year. */
export const exportScenario = async (ctx: ShellContext, { id, format, file }: ParsedInput<'exports.scenario'>) =>
  writeTables([await store(ctx, 'exports.scenarioData', { id })], format, file);

/** 'exports.comparison': a saved comparison's scenarios, year by year. */
export const exportComparison = async (ctx: ShellContext, { id, format, file }: ParsedInput<'exports.comparison'>) =>
  writeTables([await store(ctx, 'exports.comparisonData', { id })], format, file);

/** 'exports.workspace': every table as a sheet of one workbook, or the JSON archive that imports back. */
export async function exportWorkspace(ctx: ShellContext, { format, file }: ParsedInput<'exports.workspace'>): Promise<Written> {
  if (format === 'xlsx') return writeTables(await store(ctx, 'exports.workspaceData', undefined), 'xlsx', file);
  const { text, rows } = await store(ctx, 'exports.archiveData', undefined);
  return { file, bytes: await writeWhole(file, Buffer.from(text, 'utf8')), rows };
}
