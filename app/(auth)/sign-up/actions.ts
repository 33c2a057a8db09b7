"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { registerAccount } from "@/lib/domain/accounts/register-account";
import { registerAccountSchema } from "@/lib/domain/accounts/register-account.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { requestOrigin } from "@/lib/http/request-origin";

export async function signUpAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  let email = "";
  const result = await handleForm(
    formData,
    registerAccountSchema,
    async (input) => {
      await registerAccount(
        await currentActor(),
        { ...input, locale: (await getLocale()) as "zh-CN" | "en" },
        await requestOrigin(),
      );
      email = input.email;
    },
    ["password", "passwordConfirmation"],
  );
  if (email) redirect(`/check-email?email=${encodeURIComponent(email)}`);
  return result;
}
