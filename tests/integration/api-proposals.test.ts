import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { apiHandler } from "@/lib/api/api-handler";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { GET as listProposals } from "@/app/api/v1/proposals/route";
import {
  GET as getProposal,
  PUT as saveDraft,
} from "@/app/api/v1/requirements/[id]/proposal/route";
import { POST as submit } from "@/app/api/v1/requirements/[id]/proposal/submit/route";
import { POST as withdraw } from "@/app/api/v1/requirements/[id]/proposal/withdraw/route";
import { GET as receipt } from "@/app/api/v1/requirements/[id]/proposal/versions/[version]/receipt/route";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { unknownOrigin } from "@/tests/helpers/origin";
import { completeContent, createBiddingScene, createVendor } from "@/tests/helpers/proposals";

setUpTestDatabase();

type Handler = ReturnType<typeof apiHandler>;

function call(
  handler: Handler,
  path: string,
  options: {
    params?: Record<string, string>;
    token?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: unknown;
  } = {},
) {
  const { params = {}, token, method = "GET", headers = {}, body } = options;
  const request = new NextRequest(new URL(path, "http://localhost:3000"), {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
  });
  return handler(request, { params: Promise.resolve(params) });
}

async function tokenOf(actor: Actor, scope: "READ" | "READ_WRITE") {
  return (await createApiToken(actor, { name: "投标脚本", scope }, unknownOrigin)).plaintext;
}

describe("the proposals API", () => {
  it("creates a draft, submits it once however often retried, lists it and returns its receipt", async () => {
    const { requirement, vendor } = await createBiddingScene();
    const token = await tokenOf(vendor.member, "READ_WRITE");
    const base = `/api/v1/requirements/${requirement.id}/proposal`;
    const params = { id: requirement.id };

    const saved = await call(saveDraft, base, {
      method: "PUT",
      params,
      token,
      body: await completeContent(requirement.id),
    });
    expect(saved.status).toBe(200);

    const headers = { "Idempotency-Key": "5b8f0c1e-retry-once" };
    const first = await call(submit, `${base}/submit`, { method: "POST", params, token, headers });
    expect(first.status).toBe(200);
    const firstReceipt = await first.json();
    expect(firstReceipt).toMatchObject({
      version: 1,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const retried = await call(submit, `${base}/submit`, {
      method: "POST",
      params,
      token,
      headers,
    });
    expect(await retried.json()).toEqual(firstReceipt);
    expect(await db.proposalVersion.count()).toBe(1);

    const list = await (await call(listProposals, "/api/v1/proposals", { token })).json();
    expect(list.items).toEqual([
      expect.objectContaining({ status: "SUBMITTED", currentVersion: 1 }),
    ]);
    const fetched = await call(receipt, `${base}/versions/1/receipt`, {
      params: { id: requirement.id, version: "1" },
      token,
    });
    expect(await fetched.json()).toEqual(firstReceipt);
    const own = await (await call(getProposal, base, { params, token })).json();
    expect(own.proposal.versions).toHaveLength(1);

    const withdrawn = await call(withdraw, `${base}/withdraw`, { method: "POST", params, token });
    expect(await withdrawn.json()).toEqual({ status: "WITHDRAWN" });
  });

  it("refuses writes with a read-only token, and late or incomplete submissions as problems", async () => {
    const { requirement, vendor } = await createBiddingScene();
    const params = { id: requirement.id };
    const base = `/api/v1/requirements/${requirement.id}/proposal`;
    const readOnly = await tokenOf(vendor.member, "READ");
    const refused = await call(saveDraft, base, {
      method: "PUT",
      params,
      token: readOnly,
      body: {},
    });
    expect(refused.status).toBe(403);

    const token = await tokenOf(vendor.member, "READ_WRITE");
    await call(saveDraft, base, { method: "PUT", params, token, body: { summary: "未完成" } });
    const incomplete = await call(submit, `${base}/submit`, { method: "POST", params, token });
    expect(incomplete.status).toBe(422);
    expect(incomplete.headers.get("content-type")).toBe("application/problem+json");

    await db.$executeRaw`UPDATE "Requirement" SET deadline = now() - interval '1 millisecond' WHERE id = ${requirement.id}`;
    const late = await call(submit, `${base}/submit`, { method: "POST", params, token });
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: "DEADLINE_PASSED" });
  });

  it("never answers with another vendor's proposal", async () => {
    const { requirement, vendor } = await createBiddingScene();
    const params = { id: requirement.id };
    const base = `/api/v1/requirements/${requirement.id}/proposal`;
    const token = await tokenOf(vendor.member, "READ_WRITE");
    await call(saveDraft, base, {
      method: "PUT",
      params,
      token,
      body: await completeContent(requirement.id),
    });
    await call(submit, `${base}/submit`, { method: "POST", params, token });

    const other = await createVendor();
    const otherToken = await tokenOf(other.owner, "READ_WRITE");
    const own = await (await call(getProposal, base, { params, token: otherToken })).json();
    expect(own.proposal).toBeNull();
    const theirs = await call(receipt, `${base}/versions/1/receipt`, {
      params: { id: requirement.id, version: "1" },
      token: otherToken,
    });
    expect(theirs.status).toBe(404);
    expect(
      JSON.stringify(
        await (await call(listProposals, "/api/v1/proposals", { token: otherToken })).json(),
      ),
    ).not.toContain(requirement.id);
  });
});
