import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { newPasswordFields, passwordsMatch, requiredText } from "@/lib/validation/fields";

export const invitationTokenSchema = z.object({ token: z.string().min(10).max(200) });

/** A visitor accepting an invitation creates their account on the way (the email is fixed). */
export const signUpWithInvitationSchema = passwordsMatch(
  invitationTokenSchema.extend({
    name: requiredText(50),
    ...newPasswordFields(),
    locale: z.enum(locales).default("zh-CN"),
  }),
);

export type InvitationTokenInput = z.input<typeof invitationTokenSchema>;
export type SignUpWithInvitationInput = z.input<typeof signUpWithInvitationSchema>;
