import type { z } from 'zod';
import type { ColumnKind, GridColumn, Row } from './types';

interface Extra {
  unit?: string;
  rowHeader?: boolean;
  href?: (row: Row) => string;
}

/**
 * A column of an entity's field, checked by the field's own zod schema from db/schema: the same
 * rule the store applies. A field the schema refuses to leave empty is required of a new row.
 */
export function fieldColumn(fields: z.ZodObject, field: string, header: string, kind: ColumnKind, width: number, extra: Extra = {}): GridColumn {
  const schema = fields.shape[field] as z.ZodType | undefined;
  if (!schema) throw new Error(`No field ${field} in the schema`);
  return { field, header, kind, width, schema, required: !schema.safeParse(undefined).success, ...extra };
}
