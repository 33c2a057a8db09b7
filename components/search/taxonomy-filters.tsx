import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/domain/errors";
import { taxonomyOptions, type TaxonomyField } from "./filter-options";
import { SelectFilter } from "./select-filter";
import { rawList, type RawSearchParams } from "./url-state";

/** Industry, capability (grouped) and region selects, in the order given, showing the URL's values. */
export async function TaxonomyFilters({
  form,
  fields,
  raw,
  errors,
}: {
  form: string;
  fields: TaxonomyField[];
  raw: RawSearchParams;
  errors: FieldErrors;
}) {
  const [t, options] = await Promise.all([getTranslations("search"), taxonomyOptions()]);
  return fields.map((name) => (
    <SelectFilter
      key={name}
      form={form}
      name={name}
      label={t(name)}
      values={rawList(raw, name)}
      options={options[name]}
      errors={errors[name]}
    />
  ));
}
