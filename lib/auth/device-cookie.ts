import "server-only";
import { cookies } from "next/headers";

// The device cookie marks a browser the user signed in from (lib/auth/known-devices.ts). It is
// httpOnly and outlives sessions: a year, renewed at every sign-in.

const secure = () => process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
// The __Host- prefix makes browsers refuse the cookie unless it is secure and for this host only.
const cookieName = () => (secure() ? "__Host-zhipei.device" : "zhipei.device");
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The device secret the browser presents, or null. */
export async function readDeviceCookie(): Promise<string | null> {
  return (await cookies()).get(cookieName())?.value ?? null;
}

/** Keeps the device secret in the browser (route handlers and server actions only). */
export async function writeDeviceCookie(secret: string): Promise<void> {
  (await cookies()).set(cookieName(), secret, {
    httpOnly: true,
    secure: secure(),
    sameSite: "lax",
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
}
