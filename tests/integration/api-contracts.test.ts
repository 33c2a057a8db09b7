import { describe, expect, it } from "vitest";
import { POST as sign } from "@/app/api/v1/requirements/[id]/contract/route";
import { POST as complete } from "@/app/api/v1/requirements/[id]/contract/completion/route";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpStorage } from "@/tests/helpers/storage";
import { call, expectProblem, tokenOf } from "@/tests/helpers/api-call";
import { EXE_BYTES, PDF_BYTES } from "@/tests/helpers/attachment-files";
import { createAwardedCast } from "@/tests/helpers/contracts";
import { statusOf } from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();
setUpStorage();

const json = { "Content-Type": "application/json" };
const signing = (bytes: Buffer) =>
  JSON.stringify({
    contractNumber: "HT-API-1",
    amountCny: 950_000,
    signedOn: "2026-11-25",
    document: { fileName: "合同.pdf", contentBase64: bytes.toString("base64") },
  });

describe("the contract API", () => {
  it("records signing, then acceptance with a rating", async () => {
    const { actors, requirement } = await createAwardedCast();
    const token = await tokenOf(actors.enterpriseMember, "READ_WRITE");
    const params = { id: requirement.id };
    const base = `/api/v1/requirements/${requirement.id}/contract`;
    const signed = await call(sign, base, {
      method: "POST",
      params,
      token,
      headers: json,
      body: signing(PDF_BYTES),
    });
    expect(signed.status).toBe(200);
    expect(await signed.json()).toMatchObject({ status: "CONTRACTED" });

    const body = JSON.stringify({ acceptanceNotes: "验收通过", rating: 5 });
    const done = await call(complete, `${base}/completion`, {
      method: "POST",
      params,
      token,
      headers: json,
      body,
    });
    expect(await done.json()).toMatchObject({ status: "COMPLETED" });
    expect(await statusOf(requirement.id)).toBe("COMPLETED");
  });

  it("answers problem+json: a document that is not a PDF, a vendor, a read-only token", async () => {
    const { actors, requirement } = await createAwardedCast();
    const params = { id: requirement.id };
    const path = `/api/v1/requirements/${requirement.id}/contract`;
    const post = async (actor: keyof typeof actors, bytes: Buffer, scope = "READ_WRITE" as const) =>
      call(sign, path, {
        method: "POST",
        params,
        token: await tokenOf(actors[actor], scope),
        headers: json,
        body: signing(bytes),
      });
    await expectProblem(await post("enterpriseOwner", EXE_BYTES), 422, "VALIDATION");
    await expectProblem(await post("vendorOwner", PDF_BYTES), 404, "NOT_FOUND");
    const readOnly = await call(sign, path, {
      method: "POST",
      params,
      token: await tokenOf(actors.enterpriseOwner, "READ"),
      headers: json,
      body: signing(PDF_BYTES),
    });
    expect(readOnly.status).toBe(403);
    expect(await statusOf(requirement.id)).toBe("AWARDED");
  });
});
