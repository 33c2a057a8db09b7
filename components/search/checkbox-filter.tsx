import { controlProps, errorIdOf, type FilterControl } from "./filter-control";
import { FilterErrors } from "./filter-errors";

/** A yes/no filter; checked sends `1`, unchecked sends nothing. */
export function CheckboxFilter({
  label,
  checked,
  ...control
}: FilterControl & { label: string; checked: boolean }) {
  return (
    <div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          value="1"
          {...controlProps(control)}
          defaultChecked={checked}
          className="h-4 w-4 accent-brand-600"
        />
        {label}
      </label>
      <FilterErrors id={errorIdOf(control)} errors={control.errors} />
    </div>
  );
}
