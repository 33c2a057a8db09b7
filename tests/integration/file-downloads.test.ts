import { describe, expect, it, vi } from "vitest";
import { addRequirementAttachment } from "@/lib/domain/requirements/attachments/add-requirement-attachment";
import { requestVerification } from "@/lib/domain/verification/request-verification";
import { GET as downloadAttachment } from "@/app/files/attachments/[id]/route";
import { GET as downloadLicence } from "@/app/files/licences/[requestId]/route";
import { createCast } from "@/tests/helpers/actors";
import { attachmentFile, PDF_BYTES } from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpInbox } from "@/tests/helpers/inbox";
import { requirementIn } from "@/tests/helpers/requirement-transitions";
import { sessionCookieOf } from "@/tests/helpers/session-cookie";
import { setUpStorage } from "@/tests/helpers/storage";

// The download routes as a browser calls them, signed in (next/headers needs a Next.js request
// otherwise, so the request's cookie is handed to it here).

const browser = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", async () => {
  const { RequestCookies } = await import("next/dist/server/web/spec-extension/cookies");
  return { cookies: async () => new RequestCookies(new Headers({ cookie: browser.cookie })) };
});

process.env.NEXTAUTH_SECRET ??= "downloads-test-secret-downloads-test-1";
setUpTestDatabase();
setUpStorage();
setUpInbox();

function expectSandboxedAttachment(response: Response, name: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toMatch(
    new RegExp(`^attachment; filename="${name}"`),
  );
  expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; sandbox/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
}

describe("downloading an uploaded file", () => {
  it("a licence comes as an attachment, sandboxed, under a name of its real type", async () => {
    const cast = await createCast("VENDOR");
    const { requestId } = await requestVerification(cast.roles.owner, {
      orgId: cast.org.id,
      license: attachmentFile(PDF_BYTES, "licence.pdf.html", "text/html"),
    });
    browser.cookie = await sessionCookieOf(cast.admin.user.id);
    const response = await downloadLicence(new Request("http://localhost/x") as never, {
      params: Promise.resolve({ requestId }),
    });
    expectSandboxedAttachment(response, "licence.pdf");
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });

  it("a requirement attachment too", async () => {
    const cast = await createCast("ENTERPRISE");
    const draft = await requirementIn(cast.org.id, "DRAFT");
    const { attachmentId } = await addRequirementAttachment(cast.roles.owner, {
      requirementId: draft.id,
      file: attachmentFile(PDF_BYTES, "poly.pdf.html", "text/html"),
    });
    browser.cookie = await sessionCookieOf(cast.owner.user.id);
    const response = await downloadAttachment(new Request("http://localhost/x") as never, {
      params: Promise.resolve({ id: attachmentId }),
    });
    expectSandboxedAttachment(response, "poly.pdf");
  });
});
