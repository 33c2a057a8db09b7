import { DomainError } from "@/lib/domain/errors";
import { unsubscribeByToken } from "@/lib/domain/notifications/unsubscribe-by-token";

const text = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the
 * `List-Unsubscribe` URL, with no cookies and no sign-in. The signed token says whose email of
 * which type to turn off; a forged one is refused.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const form = new URLSearchParams(await request.text());
  if (form.get("List-Unsubscribe") !== "One-Click") return text("Bad request", 400);
  try {
    await unsubscribeByToken({ token });
  } catch (error) {
    if (error instanceof DomainError) return text("Unsubscribe link not valid", 404);
    throw error;
  }
  return text("Unsubscribed", 200);
}
