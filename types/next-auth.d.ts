import "next-auth";

declare module "next-auth" {
  interface Session {
    userId: string;
    /** When the JWT was issued (epoch seconds); compared with the user's sessionsValidAfter. */
    issuedAt: number;
  }
}
