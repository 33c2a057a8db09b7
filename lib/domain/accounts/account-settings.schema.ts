import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import {
  emailAddress,
  errorKey,
  newPasswordFields,
  passwordsMatch,
  requiredText,
} from "@/lib/validation/fields";

const currentPassword = z
  .string({ error: errorKey("required") })
  .min(1, errorKey("required"))
  .max(128, errorKey("tooLong", { max: 128 }));

/** Name and preferred language. */
export const updateAccountProfileSchema = z.object({
  name: requiredText(50),
  locale: z.enum(locales, { error: errorKey("choose") }),
});

/** A new password, given with the current one. */
export const changePasswordSchema = passwordsMatch(
  z.object({ currentPassword, ...newPasswordFields() }),
);

/** A new email address, given with the current password; it takes effect once confirmed. */
export const requestEmailChangeSchema = z.object({ newEmail: emailAddress(), currentPassword });

export type UpdateAccountProfileInput = z.input<typeof updateAccountProfileSchema>;
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type RequestEmailChangeInput = z.input<typeof requestEmailChangeSchema>;
