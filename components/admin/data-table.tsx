/** A table of the admin console: a caption for assistive technology, column headings, rows. */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: { label: string; hidden?: boolean }[];
  children: React.ReactNode;
}) {
  return (
    <div className="-mx-3 overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className="px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-slate-500"
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export const cellClass = "px-3 py-3 align-top text-slate-700";
