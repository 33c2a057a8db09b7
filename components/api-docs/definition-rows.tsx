import { Fragment } from "react";
import { codeClass } from "./code-class";

export interface DefinitionRow {
  key: string;
  /** The field's or parameter's name; dotted paths may wrap after each dot. */
  name: string;
  /** Under the name: required / optional. */
  note?: string;
  type: string;
  /** Under the type: nullable. */
  typeNote?: string;
  description: React.ReactNode;
}

/** `items[].organization.name`, allowed to wrap after each dot on a narrow screen. */
function WrappingPath({ path }: { path: string }) {
  return path.split(".").map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          .<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

/**
 * Names with their type and meaning: a three-column grid on wide screens, stacked on phones
 * (a description list, so that each name is read with what describes it).
 */
export function DefinitionRows({
  columns,
  rows,
}: {
  columns: [string, string, string];
  rows: DefinitionRow[];
}) {
  const grid = "sm:grid sm:grid-cols-[minmax(10rem,16rem)_9rem_1fr] sm:gap-4";
  return (
    <div className="rounded-md border border-slate-200 text-sm">
      <div
        aria-hidden
        className={`hidden bg-slate-50 px-3 py-2 text-xs font-medium text-slate-500 ${grid}`}
      >
        {columns.map((column) => (
          <span key={column}>{column}</span>
        ))}
      </div>
      <dl className="divide-y divide-slate-100">
        {rows.map((row) => (
          <div key={row.key} className={`space-y-1 px-3 py-2 sm:space-y-0 ${grid}`}>
            <dt>
              <code className={`${codeClass} break-words`}>
                <WrappingPath path={row.name} />
              </code>
              {row.note && (
                <span className="ml-2 text-xs text-slate-500 sm:ml-0 sm:block">{row.note}</span>
              )}
            </dt>
            <dd className="font-mono text-xs text-slate-600">
              {row.type}
              {row.typeNote && (
                <span className="ml-2 font-sans text-slate-500 sm:ml-0 sm:block">
                  {row.typeNote}
                </span>
              )}
            </dd>
            <dd className="text-slate-700">{row.description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
