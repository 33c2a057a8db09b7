import { z } from "zod";
import { isValidCreditCode } from "./credit-code";

// In the browser, zod must not compile parsers with `new Function`: the pages' policy refuses
// eval. Set before any schema is built (schema modules import this one), as zod reads it then.
if (typeof window !== "undefined") z.config({ jitless: true });

// Field schemas shared by forms (in the browser) and the server. Every message is a key of the
// `validation` namespace, optionally with parameters (`tooLong?max=200`), so that the user reads
// it in their own language: see lib/i18n/field-error.ts.

export function errorKey(key: string, params?: Record<string, string | number>): string {
  if (!params) return key;
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${key}?${query.toString()}`;
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const requiredText = (max: number) =>
  z
    .string({ error: errorKey("required") })
    .trim()
    .min(1, errorKey("required"))
    .max(max, errorKey("tooLong", { max }));

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, requiredText(max).optional());

export const emailAddress = () =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
    z
      .string({ error: errorKey("required") })
      .min(1, errorKey("required"))
      // The longest address SMTP delivers (RFC 5321).
      .max(254, errorKey("tooLong", { max: 254 }))
      .pipe(z.email({ error: errorKey("email") })),
  );

/** At least 8 characters with a letter and a digit; at most 128 (argon2 input stays bounded). */
export const newPassword = () =>
  z
    .string({ error: errorKey("required") })
    .min(8, errorKey("passwordTooShort", { min: 8 }))
    .max(128, errorKey("tooLong", { max: 128 }))
    .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), errorKey("passwordWeak"));

export const creditCode = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((value) => value.trim().toUpperCase())
      .refine(isValidCreditCode, errorKey("creditCode"))
      .optional(),
  );

export const websiteUrl = () =>
  z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: errorKey("url") })
      .max(300, errorKey("tooLong", { max: 300 }))
      .optional(),
  );

/** The two fields of choosing a password; combine with `passwordsMatch`. */
export const newPasswordFields = () => ({
  password: newPassword(),
  passwordConfirmation: z.string({ error: errorKey("required") }),
});

/** Refuses a confirmation that differs from the password, on the confirmation field. */
export function passwordsMatch<
  T extends z.ZodType<{ password: string; passwordConfirmation: string }>,
>(schema: T) {
  return schema.refine((input) => input.password === input.passwordConfirmation, {
    message: errorKey("passwordMismatch"),
    path: ["passwordConfirmation"],
  });
}
