/**
 * A table with a caption (for assistive technology) and column headings. On a narrow screen it
 * scrolls sideways inside its own box, which keyboard users can focus to scroll, instead of
 * squeezing its columns to one character or widening the page; cells keep a readable width.
 * (It is `relative` so that the hidden column labels, positioned absolutely, stay inside it.)
 */
export function Table({
  caption,
  columns,
  framed = false,
  children,
}: {
  caption: string;
  columns: { label: string; hidden?: boolean }[];
  /** A border around the table (reference tables), instead of the list look of the consoles. */
  framed?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className={`relative max-w-full overflow-x-auto ${framed ? "rounded-md border border-slate-200" : "-mx-3"}`}
    >
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className={framed ? "bg-slate-50" : undefined}>
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

/** A cell of a Table; text cells never narrow below a few words. */
export const cellClass = "min-w-28 px-3 py-3 align-top text-slate-700";

/** The row's heading cell (its name), in the first column. */
export const rowHeaderClass = `${cellClass} text-left font-medium text-slate-900`;
