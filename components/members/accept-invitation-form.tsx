"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/app/invitations/[token]/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";

/** Joins with the signed-in account (a POST, so that link scanners cannot use the invitation). */
export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("members");
  const [result, action] = useActionState(acceptInvitationAction, undefined);
  return (
    <form action={action} className="space-y-4">
      <FormAlert errors={result?.error?.[""] ?? undefined} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText={t("working")}>{t("acceptButton")}</SubmitButton>
    </form>
  );
}
