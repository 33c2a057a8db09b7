import { getTranslations } from "next-intl/server";
import { leaveOrganizationAction } from "@/app/organization/members/actions";
import { ConfirmAction } from "./confirm-action";

/** Leaving, for every member; the last owner is told to hand ownership over first instead. */
export async function LeaveOrganization({ isLastOwner }: { isLastOwner: boolean }) {
  const t = await getTranslations("members");
  if (isLastOwner) return <p className="text-sm text-slate-600">{t("lastOwnerLeave")}</p>;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-slate-600">{t("leaveText")}</p>
      <ConfirmAction
        triggerLabel={t("leaveButton")}
        triggerTone="danger"
        title={t("leaveConfirmTitle")}
        description={t("leaveText")}
        confirmLabel={t("leaveConfirm")}
        action={leaveOrganizationAction}
      />
    </div>
  );
}
