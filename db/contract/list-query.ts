import { z } from 'zod';

const Field = <F extends readonly [string, ...string[]]>(fields: F) => z.enum(fields);

/**
 * A page of a table: search, sort and per-column filters all run in SQLite so that large tables
 * stay fast. Field names are checked against the entity's own columns.
 */
export function listQuery<F extends readonly [string, ...string[]]>(fields: F) {
  const field = Field(fields);
  const Filter = z.discriminatedUnion('op', [
    z.strictObject({ field, op: z.literal('contains'), value: z.string().max(200) }),
    z.strictObject({
      field,
      op: z.literal('range'),
      min: z.number().finite().nullable().optional(),
      max: z.number().finite().nullable().optional(),
    }),
    z.strictObject({ field, op: z.literal('in'), values: z.array(z.string().max(100)).max(100) }),
    z.strictObject({ field, op: z.literal('eq'), value: z.union([z.string().max(300), z.number().finite(), z.null()]) }),
  ]);
  return z.strictObject({
    search: z.string().max(200).optional(),
    sort: z.strictObject({ field, dir: z.enum(['asc', 'desc']) }).optional(),
    filters: z.array(Filter).max(50).optional(),
    offset: z.int().min(0).max(10_000_000).optional(),
    limit: z.int().min(1).max(1000).optional(),
  });
}

export type ListQuery = z.infer<ReturnType<typeof listQuery>>;
export type ListFilter = NonNullable<ListQuery['filters']>[number];

export const page = <R extends z.ZodType>(row: R) => z.object({ rows: z.array(row), total: z.int().min(0) });
export interface Page<R> {
  rows: R[];
  total: number;
}
