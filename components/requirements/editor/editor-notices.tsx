import { getTranslations } from "next-intl/server";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { dashboardHref } from "@/components/dashboard/dashboard-href";
import { StatusBadge } from "@/components/requirements/status-badge";
import { ButtonLink } from "@/components/ui/button";

/** The admins' requested changes, above the draft they are about. */
export async function StatusReasonNotice({ reason }: { reason: string }) {
  const t = await getTranslations("authoring");
  return (
    <section
      aria-labelledby="status-reason"
      className="rounded-lg border border-amber-200 bg-amber-50 px-5 py-4"
    >
      <h2 id="status-reason" className="text-sm font-semibold text-amber-900">
        {t("statusReason")}
      </h2>
      <p className="mt-1 whitespace-pre-line text-slate-800">{reason}</p>
      <p className="mt-2 text-xs text-amber-800">{t("statusReasonHint")}</p>
    </section>
  );
}

/** Instead of the editor once the requirement has been submitted: where to read it now. */
export async function ReadOnlyNotice({
  requirement,
}: {
  requirement: { id: string; title: string; status: RequirementStatus };
}) {
  const t = await getTranslations("authoring");
  return (
    <section className="mx-auto max-w-2xl rounded-lg border border-slate-200 bg-white px-6 py-10 text-center">
      <StatusBadge status={requirement.status} />
      <h1 className="mt-3 text-xl font-semibold text-slate-900">{requirement.title}</h1>
      <p className="mt-3 text-slate-600">{t("readOnly")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3 text-sm">
        <ButtonLink href={`/requirements/${encodeURIComponent(requirement.id)}`}>
          {t("readOnlyLink")}
        </ButtonLink>
        <ButtonLink href={dashboardHref()} tone="secondary">
          {t("editor.backToDashboard")}
        </ButtonLink>
      </div>
    </section>
  );
}
