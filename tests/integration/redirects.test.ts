import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "redirects-test-secret";
});
const { authOptions } = await import("@/lib/auth/options");

const baseUrl = "http://localhost:3000";
const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl });

describe("next-auth's redirects (sign-in and sign-out callbackUrl)", () => {
  it("follows the app's own paths", async () => {
    expect(await redirect("/invitations/abc")).toBe(`${baseUrl}/invitations/abc`);
    expect(await redirect(`${baseUrl}/organization`)).toBe(`${baseUrl}/organization`);
  });

  it.each(["/\\evil.example/x", "/\t/evil.example/x", "//evil.example", "https://evil.example"])(
    "sends %j home instead",
    async (url) => {
      expect(await redirect(url)).toBe(`${baseUrl}/`);
    },
  );
});
