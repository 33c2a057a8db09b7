import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import type { BadgeTone } from "@/components/ui/badge";

/** The badge colour of each requirement status (server and client badges share it). */
export const STATUS_TONE: Record<RequirementStatus, BadgeTone> = {
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
