/** Filters that belong together (a range, a set of choices) under one legend. */
export function FilterGroup({
  legend,
  children,
  className = "space-y-2",
}: {
  legend: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
      <div className={className}>{children}</div>
    </fieldset>
  );
}
