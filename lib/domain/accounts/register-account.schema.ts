import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import {
  emailAddress,
  errorKey,
  newPasswordFields,
  passwordsMatch,
  requiredText,
} from "@/lib/validation/fields";

export const registerAccountSchema = passwordsMatch(
  z.object({
    kind: z.enum(["ENTERPRISE", "VENDOR"], { error: errorKey("choose") }),
    organizationName: requiredText(100),
    name: requiredText(50),
    email: emailAddress(),
    ...newPasswordFields(),
    locale: z.enum(locales).default("zh-CN"),
  }),
);

export type RegisterAccountInput = z.input<typeof registerAccountSchema>;
