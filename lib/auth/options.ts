import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { DomainError } from "@/lib/domain/errors";
import { errorKey } from "@/lib/validation/fields";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const { userId } = await authenticate(credentials, clientIp(req.headers));
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
    async session({ session, token }) {
      session.userId = token.sub!;
      session.issuedAt = typeof token.iat === "number" ? token.iat : 0;
      return session;
    },
  },
};
