"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { locales, localeCookieName } from "@/lib/i18n/config";

const input = z.object({ locale: z.enum(locales) });

/** Remembers the chosen language for a year; the page re-renders in it. */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = input.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(localeCookieName, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
