"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor, currentSessionId } from "@/lib/auth/current-actor";
import { readDeviceCookie } from "@/lib/auth/device-cookie";
import {
  changePasswordSchema,
  requestEmailChangeSchema,
  updateAccountProfileSchema,
} from "@/lib/domain/accounts/account-settings.schema";
import { requestEmailChange } from "@/lib/domain/accounts/change-email";
import { changePassword } from "@/lib/domain/accounts/change-password";
import { signOutEverywhere } from "@/lib/domain/accounts/sign-out-everywhere";
import { updateAccountProfile } from "@/lib/domain/accounts/update-account-profile";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { requestOrigin } from "@/lib/http/request-origin";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";

type Previous = FormResult | undefined;

/** Name and language; the browser switches to the chosen language at once. */
export async function updateAccountProfileAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, updateAccountProfileSchema, async (input) => {
    const { locale } = await updateAccountProfile(await currentActor(), input);
    await setLocaleCookie(locale);
    revalidatePath("/", "layout");
  });
}

export async function changePasswordAction(_previous: Previous, formData: FormData) {
  return handleForm(
    formData,
    changePasswordSchema,
    async (input) => {
      await changePassword(await currentActor(), input, {
        sessionId: await currentSessionId(),
        device: await readDeviceCookie(),
      });
    },
    ["currentPassword", "password", "passwordConfirmation"],
  );
}

export async function requestEmailChangeAction(_previous: Previous, formData: FormData) {
  return handleForm(
    formData,
    requestEmailChangeSchema,
    async (input) => {
      await requestEmailChange(await currentActor(), input, await requestOrigin());
      revalidatePath("/account");
    },
    ["currentPassword"],
  );
}

/** Ends every session, this one's too: the browser lands on the sign-in page. */
export async function signOutEverywhereAction(_previous: Previous, formData: FormData) {
  let done = false;
  const result = await handleForm(formData, z.object({}), async () => {
    await signOutEverywhere(await currentActor());
    done = true;
  });
  if (done) redirect("/sign-in?notice=signedOutEverywhere");
  return result;
}
