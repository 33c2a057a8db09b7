import { getTranslations } from "next-intl/server";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { STATUS_TONE as tone } from "./status-tone";

export async function StatusBadge({ status }: { status: RequirementStatus }) {
  const t = await getTranslations("status");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
