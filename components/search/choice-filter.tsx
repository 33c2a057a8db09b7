import { errorIdOf, type FilterControl } from "./filter-control";
import { FilterErrors } from "./filter-errors";
import { FilterGroup } from "./filter-group";
import type { FilterOption } from "./select-filter";

/** One of a few choices, as a row of radio buttons styled as segments. */
export function ChoiceFilter({
  legend,
  value,
  options,
  ...control
}: FilterControl & { legend: string; value: string; options: FilterOption[] }) {
  return (
    <FilterGroup legend={legend} className="grid grid-cols-2 gap-1.5">
      {options.map((option) => (
        <label key={option.value} className="cursor-pointer">
          <input
            type="radio"
            name={control.name}
            form={control.form}
            value={option.value}
            defaultChecked={option.value === value}
            aria-describedby={control.errors?.length ? errorIdOf(control) : undefined}
            className="peer sr-only"
          />
          <span className="filter-choice">{option.label}</span>
        </label>
      ))}
      <div className="col-span-2">
        <FilterErrors id={errorIdOf(control)} errors={control.errors} />
      </div>
    </FilterGroup>
  );
}
