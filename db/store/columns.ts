/** API fields are camelCase, SQL columns snake_case; the mapping is mechanical. */
export const toColumn = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const selectList = (fields: readonly string[]) => fields.map((f) => `${toColumn(f)} AS "${f}"`).join(', ');
