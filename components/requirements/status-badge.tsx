import { getTranslations } from "next-intl/server";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tone: Record<RequirementStatus, BadgeTone> = {
  DRAFT: "neutral",
  PENDING_REVIEW: "warning",
  PUBLISHED: "success",
  EVALUATING: "info",
  AWARDED: "brand",
  CONTRACTED: "brand",
  COMPLETED: "neutral",
  REJECTED: "danger",
  REMOVED: "danger",
  UNSUCCESSFUL: "neutral",
  CANCELLED: "neutral",
};

export async function StatusBadge({ status }: { status: RequirementStatus }) {
  const t = await getTranslations("status");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
