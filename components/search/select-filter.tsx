import { getTranslations } from "next-intl/server";
import {
  controlClass,
  controlProps,
  errorIdOf,
  filterLabelClass,
  type FilterControl,
} from "./filter-control";
import { FilterErrors } from "./filter-errors";

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterOptionGroup {
  label: string;
  options: FilterOption[];
}

const labelClass = {
  field: filterLabelClass,
  part: "mb-0.5 block text-xs text-slate-500",
  inline: "shrink-0 text-sm text-slate-600",
};

const isGroup = (item: FilterOption | FilterOptionGroup): item is FilterOptionGroup =>
  "options" in item;

/**
 * A labelled select whose first option is "any" (blank). What the URL holds but no option names
 * (several values of a list filter, or a value that is wrong) gets an option of its own, so that
 * the form shows it and submitting keeps it (list filters read comma-separated values).
 */
export async function SelectFilter({
  label,
  values,
  options,
  anyLabel,
  layout = "field",
  ...control
}: FilterControl & {
  label: string;
  values: string[];
  options: (FilterOption | FilterOptionGroup)[];
  anyLabel?: string;
  /** field: label above; part: a smaller label (within a FilterGroup); inline: label beside. */
  layout?: "field" | "part" | "inline";
}) {
  const t = await getTranslations("search");
  const labels = new Map(
    options.flatMap((item) => (isGroup(item) ? item.options : [item])).map((o) => [o.value, o]),
  );
  const value = values.join(",");
  const unlisted = value !== "" && !labels.has(value);
  const props = controlProps(control);
  return (
    <div className={layout === "inline" ? "flex flex-wrap items-center gap-x-2" : undefined}>
      <label htmlFor={props.id} className={labelClass[layout]}>
        {label}
      </label>
      <select
        {...props}
        defaultValue={value}
        className={`${controlClass} ${layout === "inline" ? "" : "w-full"}`}
      >
        <option value="">{anyLabel ?? t("any")}</option>
        {unlisted && (
          <option value={value}>
            {values.map((v) => labels.get(v)?.label ?? v).join(t("listSeparator"))}
          </option>
        )}
        {options.map((item) =>
          isGroup(item) ? (
            <optgroup key={item.label} label={item.label}>
              {item.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={item.value} value={item.value}>
              {item.label}
            </option>
          ),
        )}
      </select>
      <FilterErrors id={errorIdOf(control)} errors={control.errors} />
    </div>
  );
}
