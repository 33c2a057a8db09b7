"use server";

import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";

const input = z.object({ locale: z.enum(locales) });

/** Remembers the chosen language for a year; the page re-renders in it. */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = input.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  await setLocaleCookie(parsed.data.locale);
}
