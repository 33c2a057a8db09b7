"use server";

import { z } from "zod";
import { confirmEmail, resendConfirmation } from "@/lib/domain/accounts/confirm-email";
import { requestPasswordReset, resetPassword } from "@/lib/domain/accounts/reset-password";
import { resetPasswordSchema } from "@/lib/domain/accounts/reset-password.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { emailAddress } from "@/lib/validation/fields";

const emailForm = z.object({ email: emailAddress() });
const tokenForm = z.object({ token: z.string().min(1) });

export async function resendConfirmationAction(
  _previous: FormResult | undefined,
  formData: FormData,
) {
  return handleForm(formData, emailForm, ({ email }) => resendConfirmation(email));
}

export async function confirmEmailAction(_previous: FormResult | undefined, formData: FormData) {
  return handleForm(formData, tokenForm, ({ token }) => confirmEmail(token));
}

export async function requestPasswordResetAction(
  _previous: FormResult | undefined,
  formData: FormData,
) {
  return handleForm(formData, emailForm, ({ email }) => requestPasswordReset(email));
}

export async function resetPasswordAction(_previous: FormResult | undefined, formData: FormData) {
  return handleForm(formData, resetPasswordSchema, resetPassword, [
    "password",
    "passwordConfirmation",
  ]);
}
