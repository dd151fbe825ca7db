import type { ReactNode } from 'react';

export interface DataColumn<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The column that names the row. */
  rowHeader?: boolean;
}

/**
 * A table that may run over several pages: its header row repeats on each page (thead is a
 * table-header-group in print.css) and no row is split between two pages.
 */
export function DataTable<Row>({ columns, rows, rowKey }: { columns: readonly DataColumn<Row>[]; rows: readonly Row[]; rowKey: (row: Row, i: number) => string | number }) {
  return (
    <table className="doc-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Label and value pairs (a record's identity), as a two-column table with the labels as row headers. */
export function FieldTable({ fields }: { fields: readonly { label: string; value: ReactNode }[] }) {
  return (
    <table className="doc-table doc-fields">
      <tbody>
        {fields.map((f) => (
          <tr key={f.label}>
            <th scope="row">{f.label}</th>
            <td>{f.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
