import { getTranslations } from "next-intl/server";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";

const LABELLED = ["DRAFT", "REJECTED", "REMOVED", "CANCELLED"] as const;
type Labelled = (typeof LABELLED)[number];
const isLabelled = (status: RequirementStatus): status is Labelled =>
  (LABELLED as readonly string[]).includes(status);

/**
 * Why the requirement is where it is (changes requested, rejected, taken down, cancelled), for
 * those getRequirement gives the reason to.
 */
export async function StatusReasonNote({
  status,
  reason,
}: {
  status: RequirementStatus;
  reason: string | null;
}) {
  const t = await getTranslations("moderation.statusReason");
  if (!reason || !isLabelled(status)) return null;
  return (
    <section
      aria-labelledby="status-reason"
      className="rounded-lg border border-amber-200 bg-amber-50 p-5 text-amber-950"
    >
      <h2 id="status-reason" className="font-semibold">
        {t(status)}
      </h2>
      <p className="mt-1 whitespace-pre-line">{reason}</p>
    </section>
  );
}
