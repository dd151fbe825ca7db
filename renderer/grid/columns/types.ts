import type { z } from 'zod';
import type { Message } from '../model/messages';

/** What a cell holds: text, a number, a list of codes (sectors) or nothing. */
export type CellValue = string | number | readonly string[] | null;

/** A stored record as the grid sees it: every table's rows have an id and a version. */
export type Row = { id: number; version: number } & Record<string, unknown>;

export type Parsed = { ok: true; value: CellValue } | { ok: false; error: Message };

export interface Option {
  value: string | number;
  label: string;
}

/** How a column is filtered in SQLite: text contains, a number range, a set of codes, or one record. */
export type FilterKind = 'contains' | 'range' | 'in' | 'reference';

/** The behaviour of one type of cell: how it reads, how it is written as text and read back. */
export interface ColumnKind {
  name: 'text' | 'number' | 'year' | 'date' | 'enum' | 'country' | 'reference' | 'multi';
  display(value: CellValue, row: Row | undefined): string;
  /** The value as the editor and the clipboard write it; parse(toText(v)) gives v back. */
  toText(value: CellValue, row: Row | undefined): string;
  /** Typed or pasted text to a value; empty text is null. References are looked up, hence async. */
  parse(text: string, row: Row | undefined): Parsed | Promise<Parsed>;
  /** Choices while typing: labels of a list, countries, or records found by search. */
  suggest?(text: string, row: Row | undefined): Option[] | Promise<Option[]>;
  multiline?: boolean;
  numeric?: boolean;
  filter: FilterKind;
  /** The codes an 'in' filter offers. */
  choices?: readonly Option[];
}

export interface GridColumn {
  /** The record's field; also the column's key in saved preferences and in tests. */
  field: string;
  header: string;
  /** Shown after the header: "Capital expenditure (USD)", "Abatement (kt CO2e/yr)". */
  unit?: string;
  width: number;
  kind: ColumnKind;
  /** The field's zod schema from db/schema: the store's own rule, checked as the analyst types. */
  schema?: z.ZodType;
  /** A new row must give this field. */
  required?: boolean;
  /** The column that names the row: a row header, and a link to the record's page. */
  rowHeader?: boolean;
  href?: (row: Row) => string;
}
