import { getTranslations } from "next-intl/server";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { VerifiedBadge } from "@/components/requirements/verified-badge";

const tones: Record<Exclude<VerificationStatus, "VERIFIED">, string> = {
  UNVERIFIED: "bg-slate-100 text-slate-700",
  PENDING: "bg-amber-50 text-amber-800",
  REJECTED: "bg-rose-50 text-rose-800",
};

/** An organization's verification status; verified ones carry the same badge as everywhere else. */
export async function VerificationStatusBadge({ status }: { status: VerificationStatus }) {
  if (status === "VERIFIED") return <VerifiedBadge />;
  const t = await getTranslations("verification.status");
  return (
    <span className={`inline-flex rounded px-1.5 py-0.5 text-xs font-medium ${tones[status]}`}>
      {t(status)}
    </span>
  );
}
