import type { ComponentChildren } from 'preact';

interface Props {
  class: string;
  caption?: string;
  /** The columns' headings. */
  columns: readonly string[];
  /** The rows, each with a key; a row's first cell (its number or name) heads the row for screen readers. */
  rows: readonly { key: string | number; cells: readonly ComponentChildren[] }[];
}

/** A table of facts in rows and columns: 各部分答题情况, the 学习记录's questions, the 签到表. */
export function DataTable({ class: className, caption, columns, rows }: Props) {
  return (
    <table class={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [head, ...rest] }) => (
          <tr key={key}>
            <th scope="row">{head}</th>
            {rest.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
