import { getFormatter, getTranslations } from "next-intl/server";
import type { MemberList } from "@/lib/domain/members/list-members";
import { resendInvitationAction, revokeInvitationAction } from "@/app/organization/members/actions";
import { ActionForm } from "./action-form";
import { ConfirmAction } from "./confirm-action";

type Invitation = NonNullable<MemberList["invitations"]>[number];

/** Invitations still waiting for an answer, for owners: send again or revoke. */
export async function PendingInvitations({ invitations }: { invitations: Invitation[] }) {
  const [t, format] = await Promise.all([getTranslations("members"), getFormatter()]);
  if (invitations.length === 0)
    return <p className="text-sm text-slate-500">{t("pendingEmpty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {invitations.map((invitation) => (
        <li
          key={invitation.id}
          className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between"
        >
          <div className="text-sm">
            <p className="font-medium text-slate-900">{invitation.email}</p>
            <p className="mt-0.5 text-slate-500">
              {t("invitedBy", { name: invitation.invitedBy })} ·{" "}
              {invitation.expired ? (
                <span className="font-medium text-amber-700">{t("expired")}</span>
              ) : (
                t("validUntil", {
                  date: format.dateTime(invitation.expiresAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                })
              )}
            </p>
          </div>
          <div className="flex shrink-0 items-start gap-2">
            <ActionForm
              action={resendInvitationAction}
              hidden={{ invitationId: invitation.id }}
              label={t("resend")}
              pendingLabel={t("sending")}
              successText={t("resent")}
            />
            <ConfirmAction
              triggerLabel={t("revoke")}
              title={t("revokeTitle")}
              description={t("revokeText", { email: invitation.email })}
              confirmLabel={t("revokeConfirm")}
              action={revokeInvitationAction}
              hidden={{ invitationId: invitation.id }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
