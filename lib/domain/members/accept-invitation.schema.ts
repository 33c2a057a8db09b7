import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { errorKey, newPassword, requiredText } from "@/lib/validation/fields";

export const invitationTokenSchema = z.object({ token: z.string().min(10).max(200) });

/** A visitor accepting an invitation creates their account on the way (the email is fixed). */
export const signUpWithInvitationSchema = invitationTokenSchema
  .extend({
    name: requiredText(50),
    password: newPassword(),
    passwordConfirmation: z.string({ error: errorKey("required") }),
    locale: z.enum(locales).default("zh-CN"),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    message: errorKey("passwordMismatch"),
    path: ["passwordConfirmation"],
  });

export type InvitationTokenInput = z.input<typeof invitationTokenSchema>;
export type SignUpWithInvitationInput = z.input<typeof signUpWithInvitationSchema>;
