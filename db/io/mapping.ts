import { AppError } from '../contract/result';
import { importFields, type ImportField, type ImportTable } from './fields';
import { normalizeKey } from './normalize';
import type { ReportIssue } from './report';

/** For each column of the file, the key of the field it fills, or null to leave the column out. */
export type Mapping = (string | null)[];

/**
 * Mappings the analyst confirmed, keyed by table and normalised header row, so that the next file
 * with the same headers maps itself. A plain object: the caller stores it wherever settings live.
 */
export type MappingMemory = Record<string, Mapping>;

export const mappingKey = (table: ImportTable, header: readonly string[]) => [table, ...header.map(normalizeKey)].join('|');

/** Every spelling of a field a header may use: key, stored name, label, label without its unit. */
function spellings(field: ImportField): string[] {
  const bare = field.label.replace(/\s*\(.*\)\s*/g, '');
  const names = [field.key, field.stored, field.label, bare];
  if (field.kind.type === 'ref' || field.kind.type === 'subject') names.push(`${field.label} name`, `${field.label} title`);
  return names.map(normalizeKey);
}

/** Keeps only entries that name a field this version knows; a remembered mapping may be older. */
function sanitize(table: ImportTable, mapping: Mapping, width: number): Mapping {
  const keys = new Set(importFields[table].map((f) => f.key));
  return Array.from({ length: width }, (_, i) => (mapping[i] != null && keys.has(mapping[i]!) ? mapping[i]! : null));
}

/**
 * Suggests a mapping: the remembered one for this exact header row if there is one, otherwise
 * each header matched to a field by name, each field used once (the leftmost column wins).
 */
export function autoMap(table: ImportTable, header: readonly string[], memory: MappingMemory = {}): { mapping: Mapping; remembered: boolean } {
  const saved = Object.prototype.hasOwnProperty.call(memory, mappingKey(table, header)) ? memory[mappingKey(table, header)] : undefined;
  if (saved) return { mapping: sanitize(table, saved, header.length), remembered: true };
  const bySpelling = new Map<string, string>();
  for (const field of importFields[table]) for (const s of spellings(field)) if (!bySpelling.has(s)) bySpelling.set(s, field.key);
  const used = new Set<string>();
  const mapping = header.map((h) => {
    const key = bySpelling.get(normalizeKey(h));
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
  return { mapping, remembered: false };
}

/** Returns a new memory with this mapping stored for this header row. */
export function rememberMapping(memory: MappingMemory, table: ImportTable, header: readonly string[], mapping: Mapping): MappingMemory {
  return { ...memory, [mappingKey(table, header)]: sanitize(table, mapping, header.length) };
}

/** Problems with the mapping itself: unknown fields, or two columns filling one field. */
export function checkMapping(table: ImportTable, header: readonly string[], mapping: Mapping): ReportIssue[] {
  if (mapping.length !== header.length) {
    throw new AppError('VALIDATION', `The mapping has ${mapping.length} entries for ${header.length} columns; choose the columns again.`);
  }
  const issues: ReportIssue[] = [];
  const firstColumn = new Map<string, string>();
  mapping.forEach((key, i) => {
    if (key == null) return;
    const field = importFields[table].find((x) => x.key === key);
    if (!field) {
      issues.push({
        row: null,
        column: header[i],
        value: key,
        code: 'mapping.unknownField',
        params: { table },
        problem: `is mapped to "${key}", which is not a field of ${table}; choose another field.`,
        severity: 'error',
      });
      return;
    }
    const earlier = firstColumn.get(key);
    if (earlier !== undefined) {
      issues.push({
        row: null,
        column: header[i],
        value: '',
        code: 'mapping.twoColumns',
        params: { column: earlier, field: field.key },
        problem: `and column "${earlier}" both fill ${field.label}; map only one of them.`,
        severity: 'error',
      });
    } else firstColumn.set(key, header[i]);
  });
  return issues;
}
