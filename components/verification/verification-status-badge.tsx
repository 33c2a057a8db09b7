import { getTranslations } from "next-intl/server";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<Exclude<VerificationStatus, "VERIFIED">, BadgeTone> = {
  UNVERIFIED: "neutral",
  PENDING: "warning",
  REJECTED: "danger",
};

/** An organization's verification status; verified ones carry the same badge as everywhere else. */
export async function VerificationStatusBadge({ status }: { status: VerificationStatus }) {
  if (status === "VERIFIED") return <VerifiedBadge />;
  const t = await getTranslations("verification.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
