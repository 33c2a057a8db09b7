import { encode } from "next-auth/jwt";
import { startSession } from "@/lib/auth/sessions";

/** The Cookie header of a browser signed in as `userId` (a new session, as sign-in starts). */
export async function sessionCookieOf(userId: string): Promise<string> {
  const sid = await startSession(userId);
  const token = await encode({ token: { sub: userId, sid }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}
