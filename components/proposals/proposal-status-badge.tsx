import { getTranslations } from "next-intl/server";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

const tone: Record<ProposalStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-700",
  SUBMITTED: "bg-emerald-50 text-emerald-800",
  WITHDRAWN: "bg-amber-50 text-amber-800",
  SHORTLISTED: "bg-sky-50 text-sky-800",
  NOT_SELECTED: "bg-slate-100 text-slate-700",
  AWARDED: "bg-brand-50 text-brand-800",
  NOT_AWARDED: "bg-slate-100 text-slate-700",
};

export async function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = await getTranslations("proposals.status");
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ${tone[status]}`}>
      {t(status)}
    </span>
  );
}
