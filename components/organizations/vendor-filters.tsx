import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/domain/errors";
import type { VendorSearchParams } from "@/lib/domain/organizations/search/search-vendors.schema";
import { CheckboxFilter } from "@/components/search/checkbox-filter";
import { TaxonomyFilters } from "@/components/search/taxonomy-filters";
import type { RawSearchParams } from "@/components/search/url-state";

/** The parameters the vendor filters have a control for (besides `q` and `sort`). */
export const VENDOR_FILTER_FIELDS = ["capability", "industry", "region", "verified"];

/** The directory's filters: capability (grouped), industry, region, verified only. */
export async function VendorFilters({
  form,
  raw,
  params,
  errors,
}: {
  form: string;
  raw: RawSearchParams;
  params: VendorSearchParams;
  errors: FieldErrors;
}) {
  const t = await getTranslations("vendors");
  return (
    <>
      <TaxonomyFilters
        form={form}
        fields={["capability", "industry", "region"]}
        raw={raw}
        errors={errors}
      />
      <CheckboxFilter
        form={form}
        name="verified"
        label={t("verifiedOnly")}
        checked={params.verified}
        errors={errors.verified}
      />
    </>
  );
}
