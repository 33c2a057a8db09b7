"use server";

import { z } from "zod";
import { readDeviceCookie, writeDeviceCookie } from "@/lib/auth/device-cookie";
import { confirmEmailChange } from "@/lib/domain/accounts/change-email";
import { confirmEmail, resendConfirmation } from "@/lib/domain/accounts/confirm-email";
import { requestPasswordReset, resetPassword } from "@/lib/domain/accounts/reset-password";
import { resetPasswordSchema } from "@/lib/domain/accounts/reset-password.schema";
import { requestSignInUnlock, unlockSignIn } from "@/lib/domain/accounts/unlock-sign-in";
import { DomainError } from "@/lib/domain/errors";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { requestOrigin } from "@/lib/http/request-origin";
import { emailAddress, errorKey } from "@/lib/validation/fields";

const emailForm = z.object({ email: emailAddress() });
const tokenForm = z.object({ token: z.string().min(1) });

export async function resendConfirmationAction(
  _previous: FormResult | undefined,
  formData: FormData,
) {
  return handleForm(formData, emailForm, async ({ email }) =>
    resendConfirmation(email, await requestOrigin()),
  );
}

export async function confirmEmailAction(_previous: FormResult | undefined, formData: FormData) {
  return handleForm(formData, tokenForm, ({ token }) => confirmEmail(token));
}

export async function requestPasswordResetAction(
  _previous: FormResult | undefined,
  formData: FormData,
) {
  return handleForm(formData, emailForm, async ({ email }) =>
    requestPasswordReset(email, await requestOrigin()),
  );
}

export async function resetPasswordAction(_previous: FormResult | undefined, formData: FormData) {
  return handleForm(formData, resetPasswordSchema, resetPassword, [
    "password",
    "passwordConfirmation",
  ]);
}

/** The sign-in form's "email me an unlock link"; returns an error key, or null once sent. */
export async function requestSignInUnlockAction(email: string): Promise<string | null> {
  try {
    await requestSignInUnlock(email, await requestOrigin());
    return null;
  } catch (error) {
    if (error instanceof DomainError) return errorKey(error.message, error.params);
    throw error;
  }
}

export async function unlockSignInAction(_previous: FormResult | undefined, formData: FormData) {
  return handleForm(formData, tokenForm, async ({ token }) => {
    await writeDeviceCookie(await unlockSignIn(token, await readDeviceCookie()));
  });
}

export async function confirmEmailChangeAction(
  _previous: FormResult | undefined,
  formData: FormData,
) {
  return handleForm(formData, tokenForm, async ({ token }) => {
    await confirmEmailChange(token);
  });
}
