/** What every filter control is given: its form (by id), name, and the URL's errors for it. */
export interface FilterControl {
  form: string;
  name: string;
  errors?: string[];
}

export const errorIdOf = ({ form, name }: FilterControl) => `${form}-${name}-error`;

/** The control's id, name and form, tied to its errors (read with it by assistive technology). */
export function controlProps(control: FilterControl) {
  const invalid = Boolean(control.errors?.length);
  return {
    id: `${control.form}-${control.name}`,
    name: control.name,
    form: control.form,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? errorIdOf(control) : undefined,
  };
}

/** The look of a filter's input or select (app/globals.css). */
export const controlClass = "filter-control";

export const filterLabelClass = "mb-1 block text-sm font-medium text-slate-700";
