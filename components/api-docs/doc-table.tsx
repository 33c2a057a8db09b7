/** A table of the reference: a caption for assistive technology, headings, rows; scrolls on phones. */
export function DocTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                className="px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-slate-500"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export const docCell = "px-3 py-2 align-top text-slate-700";
export const codeClass =
  "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8125rem] text-slate-800";
