/** Runs once when the server starts: refuse to serve without the settings production needs. */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  if (!process.env.NEXTAUTH_SECRET) {
    throw new Error(
      "NEXTAUTH_SECRET must be set (a long random string; `npm run demo` makes one for you).",
    );
  }
}
