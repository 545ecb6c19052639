import type { ReactNode } from 'react';
import { DataTable } from '../shell/DataTable';

/** A table of figures with its caption: every chart here is a table first, readable without colour. */
export function CountTable({
  id,
  caption,
  headers,
  rows,
}: {
  id: string;
  caption: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <DataTable id={id} caption={caption}>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
