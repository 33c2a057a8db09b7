import { getTranslations } from "next-intl/server";
import type { MemberRole } from "@/lib/generated/prisma/enums";

export async function RoleBadge({ role }: { role: MemberRole }) {
  const t = await getTranslations("members");
  const colour =
    role === "OWNER"
      ? "bg-brand-50 text-brand-800 ring-brand-100"
      : "bg-slate-50 text-slate-700 ring-slate-200";
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${colour}`}>
      {t(`role.${role}`)}
    </span>
  );
}
