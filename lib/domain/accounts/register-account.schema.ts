import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { emailAddress, errorKey, newPassword, requiredText } from "@/lib/validation/fields";

export const registerAccountSchema = z
  .object({
    kind: z.enum(["ENTERPRISE", "VENDOR"], { error: errorKey("choose") }),
    organizationName: requiredText(100),
    name: requiredText(50),
    email: emailAddress(),
    password: newPassword(),
    passwordConfirmation: z.string({ error: errorKey("required") }),
    locale: z.enum(locales).default("zh-CN"),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    message: errorKey("passwordMismatch"),
    path: ["passwordConfirmation"],
  });

export type RegisterAccountInput = z.input<typeof registerAccountSchema>;
