import { getTranslations } from "next-intl/server";
import type { IneligibleReason } from "@/lib/domain/proposals/eligibility";

/** Why the vendor may not submit, said before it starts (the server refuses with the same). */
export async function EligibilityNotice({ reasons }: { reasons: IneligibleReason[] }) {
  if (reasons.length === 0) return null;
  const t = await getTranslations("proposals");
  return (
    <div
      role="note"
      className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="font-medium">{t("ineligibleTitle")}</p>
      <p className="mt-1">{t("ineligibleHint")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {reasons.map((reason) => (
          <li key={reason.rule}>
            {reason.rule === "certifications"
              ? t("reason.certifications", { names: reason.missing.join("、") })
              : t(`reason.${reason.rule}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
