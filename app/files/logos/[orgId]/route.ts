import { visitor } from "@/lib/auth/actor";
import { getOrganizationLogo } from "@/lib/domain/organizations/get-organization-logo";
import { DomainError } from "@/lib/domain/errors";

/** An organization's logo, public and cacheable (a new logo gets a new `?v=` in its URL). */
export async function GET(_request: Request, { params }: RouteContext<"/files/logos/[orgId]">) {
  const { orgId } = await params;
  try {
    // Logos are public: the session is not read (a page of 20 vendor cards asks for 20 logos).
    const logo = await getOrganizationLogo(visitor, orgId);
    return new Response(new Uint8Array(logo.bytes), {
      headers: {
        "Content-Type": logo.contentType,
        "Cache-Control": "public, max-age=3600",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
