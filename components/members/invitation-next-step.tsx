import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { InvitationNextStep } from "@/lib/domain/members/get-invitation";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { SignOutAndReturn } from "./sign-out-and-return";
import { SignUpWithInvitationForm } from "./sign-up-with-invitation-form";

const linkClass = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900";

export function InvitationNotice({ children }: { children: React.ReactNode }) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      {children}
    </div>
  );
}

/** What the person holding a valid invitation link can do next, depending on who they are. */
export async function InvitationNextStepView({
  step,
  token,
  email,
  orgName,
}: {
  step: InvitationNextStep;
  token: string;
  email: string;
  orgName: string;
}) {
  const t = await getTranslations("members");
  const here = `/invitations/${token}`;
  const signIn = `/sign-in?callbackUrl=${encodeURIComponent(here)}`;
  switch (step) {
    case "accept":
      return <AcceptInvitationForm token={token} />;
    case "signUp":
      return (
        <>
          <p className="mb-4 text-sm text-slate-600">{t("signUpIntro")}</p>
          <SignUpWithInvitationForm token={token} email={email} />
          <p className="mt-6 text-center text-sm text-slate-600">
            {t("haveAccount")}{" "}
            <Link href={signIn} className={linkClass}>
              {t("signInToAccept")}
            </Link>
          </p>
        </>
      );
    case "signIn":
      return (
        <InvitationNotice>
          <p>{t("signInNeeded", { email })}</p>
          <Link href={signIn} className={`${linkClass} mt-2 inline-block`}>
            {t("signInToAccept")}
          </Link>
        </InvitationNotice>
      );
    case "otherEmail":
      return (
        <InvitationNotice>
          <p className="mb-3">{t("otherEmail", { email })}</p>
          <SignOutAndReturn label={t("signOut")} returnTo={here} />
        </InvitationNotice>
      );
    case "alreadyMember":
      return (
        <InvitationNotice>
          <p>{t("alreadyMember", { org: orgName })}</p>
          <Link href="/organization/members" className={`${linkClass} mt-2 inline-block`}>
            {t("goToOrganization")}
          </Link>
        </InvitationNotice>
      );
    case "inOrganization":
      return <InvitationNotice>{t("inOrganization", { org: orgName })}</InvitationNotice>;
    case "admin":
      return <InvitationNotice>{t("adminCannotJoin")}</InvitationNotice>;
  }
}
