import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The column that names the row: a row header, so screen readers announce it with each cell. */
  rowHeader?: boolean;
  numeric?: boolean;
}

/** A semantic table whose caption is its accessible name; each cell is isolated, as names come in any script. */
export function ListTable<Row extends { id: number }>({ caption, columns, rows }: { caption: string; columns: readonly Column<Row>[]; rows: readonly Row[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
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
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    <bdi>{c.cell(row)}</bdi>
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                    <bdi>{c.cell(row)}</bdi>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
