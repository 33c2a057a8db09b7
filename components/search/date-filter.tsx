import { controlClass, controlProps, errorIdOf, type FilterControl } from "./filter-control";
import { FilterErrors } from "./filter-errors";

/** A day (`YYYY-MM-DD`, as the URL holds it) with a short label beside it. */
export function DateFilter({
  label,
  value,
  ...control
}: FilterControl & { label: string; value: string }) {
  const props = controlProps(control);
  return (
    <div>
      <div className="flex items-center gap-2">
        <label htmlFor={props.id} className="w-14 shrink-0 text-xs text-slate-500">
          {label}
        </label>
        <input
          type="date"
          {...props}
          defaultValue={value}
          className={`${controlClass} min-w-0 flex-1`}
        />
      </div>
      <FilterErrors id={errorIdOf(control)} errors={control.errors} />
    </div>
  );
}
