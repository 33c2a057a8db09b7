import { getTranslations } from "next-intl/server";
import { errorText } from "@/lib/i18n/error-text";

/** A filter's errors in the user's language; `id` is what the control's aria-describedby names. */
export async function FilterErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  const t = await getTranslations();
  const separator = t("listSeparators.errors");
  return (
    <p id={id} className="mt-1 text-sm text-rose-700">
      {errors.map((error) => errorText(t, error)).join(separator)}
    </p>
  );
}
