"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { isLocale } from "@/lib/i18n/config";
import { acceptInvitation } from "@/lib/domain/members/accept-invitation";
import {
  invitationTokenSchema,
  signUpWithInvitationSchema,
} from "@/lib/domain/members/accept-invitation.schema";
import { signUpWithInvitation } from "@/lib/domain/members/sign-up-with-invitation";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

type Previous = FormResult | undefined;

export async function acceptInvitationAction(_previous: Previous, formData: FormData) {
  let joined = false;
  const result = await handleForm(formData, invitationTokenSchema, async (input) => {
    await acceptInvitation(await currentActor(), input);
    joined = true;
  });
  if (joined) redirect("/organization/members");
  return result;
}

/** The new account signs in with its new password; the sign-in page says that it worked. */
export async function signUpWithInvitationAction(_previous: Previous, formData: FormData) {
  let signedUp = false;
  const locale = await getLocale();
  const result = await handleForm(
    formData,
    signUpWithInvitationSchema,
    async (input) => {
      await signUpWithInvitation(await currentActor(), {
        ...input,
        locale: isLocale(locale) ? locale : "zh-CN",
      });
      signedUp = true;
    },
    ["password", "passwordConfirmation"],
  );
  if (signedUp)
    redirect(`/sign-in?callbackUrl=${encodeURIComponent("/organization")}&notice=joined`);
  return result;
}
