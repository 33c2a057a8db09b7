import { cookies } from "next/headers";
import { localeCookieName, type Locale } from "./config";

/** Remembers the language in this browser for a year (server actions and route handlers only). */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(localeCookieName, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
