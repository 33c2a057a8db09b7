import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { getInvitation } from "@/lib/domain/members/get-invitation";
import {
  InvitationNextStepView,
  InvitationNotice,
} from "@/components/members/invitation-next-step";
import { ClientMessages } from "@/components/i18n/client-messages";

async function findInvitation(token: string) {
  try {
    return await getInvitation(await currentActor(), { token });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** The page an emailed invitation link opens: who invites whom, and the way in. */
export default async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params;
  const [t, format, invitation] = await Promise.all([
    getTranslations("members"),
    getFormatter(),
    findInvitation(token),
  ]);
  return (
    <ClientMessages scope="invitation">
      <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        {!invitation ? (
          <>
            <h1 className="mb-4 text-2xl font-bold">{t("invalidTitle")}</h1>
            <p className="text-sm text-slate-600">{t("invalidText")}</p>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-bold">
              {t("invitationHeading", {
                inviter: invitation.inviterName,
                org: invitation.organization.name,
              })}
            </h1>
            <dl className="mt-4 mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-500">{t("organizationKind")}</dt>
              <dd className="text-slate-900">{t(`kind.${invitation.organization.kind}`)}</dd>
              <dt className="text-slate-500">{t("invitedEmail")}</dt>
              <dd className="break-all text-slate-900">{invitation.email}</dd>
              <dt className="text-slate-500">{t("validUntilLabel")}</dt>
              <dd className="text-slate-900">
                {format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}
              </dd>
            </dl>
            {invitation.nextStep ? (
              <InvitationNextStepView
                step={invitation.nextStep}
                token={token}
                email={invitation.email}
                orgName={invitation.organization.name}
              />
            ) : (
              <InvitationNotice>{t(`state.${invitation.state}`)}</InvitationNotice>
            )}
          </>
        )}
        <p className="mt-6 text-center text-sm">
          <Link
            href="/"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("home")}
          </Link>
        </p>
      </div>
    </ClientMessages>
  );
}
