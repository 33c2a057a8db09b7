"use client";

import { useTranslations } from "next-intl";
import { errorText } from "@/lib/i18n/error-text";

/** Turns a validation or domain error key (`tooLong?max=200`) into text in the user's language. */
export function useErrorText(): (raw: string) => string {
  const t = useTranslations();
  return (raw) => errorText(t, raw);
}

/** Several errors of one field as one text, kept apart by the language's separator (；or ;). */
export function useErrorListText(): (errors: string[]) => string {
  const text = useErrorText();
  const separator = useTranslations("listSeparators")("errors");
  return (errors) => errors.map(text).join(separator);
}
