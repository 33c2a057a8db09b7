import { getTranslations } from "next-intl/server";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";

const tone: Record<RequirementStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-700",
  PENDING_REVIEW: "bg-amber-50 text-amber-800",
  PUBLISHED: "bg-emerald-50 text-emerald-800",
  EVALUATING: "bg-sky-50 text-sky-800",
  AWARDED: "bg-brand-50 text-brand-800",
  CONTRACTED: "bg-brand-50 text-brand-800",
  COMPLETED: "bg-slate-100 text-slate-700",
  REJECTED: "bg-rose-50 text-rose-800",
  REMOVED: "bg-rose-50 text-rose-800",
  UNSUCCESSFUL: "bg-slate-100 text-slate-700",
  CANCELLED: "bg-slate-100 text-slate-700",
};

export async function StatusBadge({ status }: { status: RequirementStatus }) {
  const t = await getTranslations("status");
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ${tone[status]}`}>
      {t(status)}
    </span>
  );
}
