import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/domain/errors";

/**
 * Says that the link held conditions that were ignored: those with a field on the page are
 * marked there; a stale page position or a parameter without a field is only mentioned.
 */
export async function InvalidParamsNotice({
  errors,
  fields,
}: {
  errors: FieldErrors;
  /** The parameters the page's filters have a control for (the search words and sort have). */
  fields: string[];
}) {
  const t = await getTranslations("search");
  const invalid = Object.keys(errors);
  const shown = new Set(["q", "sort", ...fields]);
  const lines = [
    ...(invalid.some((name) => shown.has(name)) ? [t("invalidParams")] : []),
    ...(invalid.includes("cursor") ? [t("invalidCursor")] : []),
    ...(invalid.some((name) => name !== "cursor" && !shown.has(name)) ? [t("invalidOther")] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <div className="space-y-1 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
