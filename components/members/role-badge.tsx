import { getTranslations } from "next-intl/server";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

export async function RoleBadge({ role }: { role: MemberRole }) {
  const t = await getTranslations("members");
  return <Badge tone={role === "OWNER" ? "brand" : "outline"}>{t(`role.${role}`)}</Badge>;
}
