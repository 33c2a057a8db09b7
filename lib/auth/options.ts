import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { DomainError } from "@/lib/domain/errors";
import { safeRedirectPath } from "@/lib/http/redirect-target";
import { clientIpFrom } from "@/lib/security/client-ip";
import { errorKey } from "@/lib/validation/fields";
import { actorForSession } from "./current-actor";
import { readDeviceCookie, writeDeviceCookie } from "./device-cookie";
import { SESSION_ABSOLUTE_MS, endSession, startSession } from "./sessions";

/** Thrown when a cookie names a session that has ended; next-auth then clears the cookie. */
class SessionEnded extends Error {}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The cookie lives as long as a session can; the Session row decides whether it still holds.
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const { userId, device } = await authenticate(credentials, {
            ip: clientIpFrom(req.headers),
            device: await readDeviceCookie(),
          });
          await writeDeviceCookie(device);
          return { id: userId };
        } catch (error) {
          // next-auth hands this message to the sign-in form as `error`: an `errors` key.
          if (error instanceof DomainError) throw new Error(errorKey(error.message, error.params));
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sid: await startSession(user.id) };
      // Reading the session (/api/auth/session): the same check as every page and action.
      const live = typeof token.sid === "string" && (await actorForSession(token.sid));
      if (!live || live.kind !== "user") throw new SessionEnded();
      return token;
    },
    async session({ session, token }) {
      session.userId = token.sub!;
      return session;
    },
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, baseUrl)}`;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is an answer (no user), not a fault.
      if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEnded) return;
      console.error(`[next-auth] ${code}`, metadata);
    },
  },
};
