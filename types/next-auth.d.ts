import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The session's random id; its SHA-256 is the Session row's id (lib/auth/sessions.ts). */
    sid?: string;
  }
}
