import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { endSession, startSession } from "@/lib/auth/sessions";
import { apiHandler } from "@/lib/api/api-handler";
import { defineRoute } from "@/lib/api/define-route";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/domain/api-tokens/revoke-api-token";
import { requiredText } from "@/lib/validation/fields";
import { GET as listRequirements } from "@/app/api/v1/requirements/route";
import { GET as getRequirement } from "@/app/api/v1/requirements/[id]/route";
import { GET as listVendors } from "@/app/api/v1/vendors/route";
import { GET as getVendor } from "@/app/api/v1/vendors/[id]/route";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { searchableRequirement } from "@/tests/helpers/search";
import { createUser } from "@/tests/helpers/actors";
import { createCaseStudy, createOrganization, createRequirement } from "@/tests/helpers/factories";
import { call, expectProblem, tokenOf } from "@/tests/helpers/api-call";
import { unknownOrigin } from "@/tests/helpers/origin";

setUpTestDatabase();
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-1";

describe("authentication", () => {
  it("answers a token's user with what they may see, an invited vendor its invitation", async () => {
    const vendor = await createOrganization({ kind: "VENDOR" });
    const invited = await createRequirement({ visibility: "INVITED", title: "邀请制需求" });
    await db.bidInvitation.create({ data: { requirementId: invited.id, vendorOrgId: vendor.id } });
    const { actor } = await createUser({ orgId: vendor.id, role: "MEMBER" });
    const response = await call(getRequirement, `/api/v1/requirements/${invited.id}`, {
      params: { id: invited.id },
      token: await tokenOf(actor),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ id: invited.id, title: "邀请制需求", visibility: "INVITED" });
    expect(body.fullText).toMatchObject({ description: expect.any(String) });
  });

  it("hides an INVITED requirement from other users and visitors (404, as if absent)", async () => {
    const invited = await createRequirement({ visibility: "INVITED" });
    const { actor } = await createUser({
      orgId: (await createOrganization({ kind: "VENDOR" })).id,
    });
    const path = `/api/v1/requirements/${invited.id}`;
    const asStranger = await call(getRequirement, path, {
      params: { id: invited.id },
      token: await tokenOf(actor),
    });
    await expectProblem(asStranger, 404, "NOT_FOUND");
    const asVisitor = await call(getRequirement, path, { params: { id: invited.id } });
    await expectProblem(asVisitor, 404, "NOT_FOUND");
    const list = await (
      await call(listRequirements, "/api/v1/requirements", { token: await tokenOf(actor) })
    ).json();
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(invited.id);
  });

  it("gives visitors the summary only, without the full text", async () => {
    const requirement = await createRequirement();
    const response = await call(getRequirement, `/api/v1/requirements/${requirement.id}`, {
      params: { id: requirement.id },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: requirement.id, fullText: null });
  });

  it("refuses a revoked, an unknown and a malformed token with 401, never falling back", async () => {
    const { actor } = await createUser();
    const token = await createApiToken(actor, { name: "旧令牌", scope: "READ" }, unknownOrigin);
    await revokeApiToken(actor, { tokenId: token.id });
    for (const presented of [token.plaintext, `zp_${"x".repeat(43)}`, "not-a-token"]) {
      const response = await call(listRequirements, "/api/v1/requirements", { token: presented });
      await expectProblem(response, 401, "UNAUTHENTICATED");
      expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
  });

  async function withSessionCookie() {
    const invited = await createRequirement({ visibility: "INVITED" });
    const { user } = await createUser({ orgId: invited.orgId });
    const sid = await startSession(user.id);
    const cookie = await encode({
      token: { sub: user.id, sid },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    const get = () =>
      call(getRequirement, `/api/v1/requirements/${invited.id}`, {
        params: { id: invited.id },
        headers: { Cookie: `next-auth.session-token=${cookie}` },
      });
    return { sid, get };
  }

  it("accepts the session cookie of a signed-in browser", async () => {
    const { get } = await withSessionCookie();
    // A visitor would be told 404: only the enterprise's members see it.
    expect((await get()).status).toBe(200);
  });

  it("treats the cookie of an ended session as no session", async () => {
    const { sid, get } = await withSessionCookie();
    await endSession(sid);
    expect((await get()).status).toBe(404);
  });
});

describe("input", () => {
  it("answers a malformed query with 400 naming each refused parameter", async () => {
    const response = await call(
      listRequirements,
      "/api/v1/requirements?state=closed&cursor=%25%25",
    );
    const problem = await expectProblem(response, 400, "BAD_REQUEST");
    expect(problem.errors).toEqual([
      { in: "query", name: "state", detail: "请选择一项" },
      { in: "query", name: "cursor", detail: "输入无效" },
    ]);
  });

  it("answers a search that makes no sense with 422 naming the parameter", async () => {
    const response = await call(
      listRequirements,
      "/api/v1/requirements?limit=500&budgetMin=800&budgetMax=100",
    );
    const problem = await expectProblem(response, 422, "VALIDATION");
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { name: "limit", detail: expect.stringContaining("50") },
        { name: "budgetMax", detail: "预算上限不能低于预算下限" },
      ]),
    );
  });

  it.each([
    ["/api/v1/requirements", listRequirements],
    ["/api/v1/vendors", listVendors],
  ] as const)(
    "%s takes the same page sizes, 1 to 50, and refuses others with 422",
    async (path, handler) => {
      for (const limit of ["0", "-3", "1000", "51"]) {
        const problem = await expectProblem(
          await call(handler, `${path}?limit=${limit}`),
          422,
          "VALIDATION",
        );
        expect(problem.errors).toEqual([{ name: "limit", detail: expect.stringContaining("50") }]);
      }
      await createOrganization({ kind: "VENDOR" });
      await searchableRequirement({ title: "负荷预测" });
      await searchableRequirement({ title: "功率预测" });
      const page = await (await call(handler, `${path}?limit=1`)).json();
      expect(page.items).toHaveLength(1);
      expect((await call(handler, `${path}?limit=50`)).status).toBe(200);
    },
  );

  it.each([
    ["/api/v1/requirements", listRequirements],
    ["/api/v1/vendors", listVendors],
  ] as const)(
    "%s refuses an unknown industry, capability or region with 422 naming it",
    async (path, handler) => {
      const problem = await expectProblem(
        await call(handler, `${path}?industry=power-grid,atlantis&capability=llm`),
        422,
        "VALIDATION",
      );
      expect(problem.errors).toEqual([{ name: "industry", detail: "请从列表中选择" }]);
      const capability = await expectProblem(
        await call(handler, `${path}?capability=mind-reading`),
        422,
        "VALIDATION",
      );
      expect(capability.errors).toEqual([{ name: "capability", detail: "请从列表中选择" }]);
      const region = await expectProblem(
        await call(handler, `${path}?region=亚特兰蒂斯`),
        422,
        "VALIDATION",
      );
      expect(region.errors).toEqual([{ name: "region", detail: "请从列表中选择" }]);
      expect(
        (await call(handler, `${path}?industry=power-grid&capability=llm&region=广东`)).status,
      ).toBe(200);
    },
  );

  it("searches with the pages' parameters: words and filters", async () => {
    const forecasting = await searchableRequirement({
      title: "省级电网负荷预测",
      capabilities: ["time-series-forecasting"],
    });
    await searchableRequirement({
      title: "客服工单负荷预测",
      industry: "telecom",
      capabilities: ["time-series-forecasting"],
    });
    const body = await (
      await call(listRequirements, "/api/v1/requirements?q=load%20forecasting&industry=power-grid")
    ).json();
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([forecasting.id]);
  });

  it("speaks English when asked to", async () => {
    const response = await call(listVendors, "/api/v1/vendors?verified=yes", {
      headers: { "Accept-Language": "en-GB,en;q=0.9,zh-CN;q=0.5" },
    });
    const problem = await expectProblem(response, 400, "BAD_REQUEST");
    expect(problem.title).toBe("Invalid request");
    expect(problem.errors).toEqual([{ in: "query", name: "verified", detail: "Choose one" }]);
  });

  it("answers an unknown id with 404", async () => {
    const response = await call(getRequirement, "/api/v1/requirements/nope", {
      params: { id: "nope" },
    });
    const problem = await expectProblem(response, 404, "NOT_FOUND");
    expect(problem.type).toBe("/api-docs#problem-not-found");
  });
});

describe("lists", () => {
  it("pages through open requirements with the cursor", async () => {
    const org = await createOrganization();
    for (let i = 0; i < 3; i++) await createRequirement({ orgId: org.id });
    const first = await (
      await call(listRequirements, "/api/v1/requirements?limit=2&count=true")
    ).json();
    expect(first.items).toHaveLength(2);
    expect(first.total).toEqual({ value: 3, exact: true });
    expect(first.items[0]).toMatchObject({
      status: "PUBLISHED",
      deadline: expect.stringMatching(/Z$/),
      organization: { id: org.id },
    });
    const second = await (
      await call(listRequirements, `/api/v1/requirements?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toMatchObject({ nextCursor: null });
    expect(second.items).toHaveLength(1);
  });

  it("filters vendors and pages through them", async () => {
    const verified = await createOrganization({
      kind: "VENDOR",
      name: "达摩院",
      capabilities: ["llm"],
      verificationStatus: "VERIFIED",
      verifiedAt: new Date(),
    });
    await createCaseStudy({ orgId: verified.id });
    await createOrganization({ kind: "VENDOR", name: "未认证", capabilities: ["llm"] });
    const body = await (
      await call(listVendors, "/api/v1/vendors?capability=llm&verified=true")
    ).json();
    expect(body).toEqual({
      items: [expect.objectContaining({ id: verified.id, caseStudyCount: 1, logoUrl: null })],
      total: null,
      nextCursor: null,
    });
    expect(body.items[0]).not.toHaveProperty("logoFileId");
  });

  it("pages the vendor directory 24 at a time", async () => {
    await db.organization.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({ kind: "VENDOR" as const, name: `供应商${i}` })),
    });
    const first = await (await call(listVendors, "/api/v1/vendors")).json();
    expect(first.items).toHaveLength(24);
    const second = await (
      await call(listVendors, `/api/v1/vendors?cursor=${first.nextCursor}`)
    ).json();
    expect(second).toMatchObject({ items: [expect.any(Object)], nextCursor: null });
  });

  it("answers a vendor's profile, and 404 for an enterprise", async () => {
    const vendor = await createOrganization({ kind: "VENDOR", name: "创新奇智" });
    await db.certification.create({
      data: { orgId: vendor.id, name: "ISO 27001", validUntil: new Date("2027-12-31") },
    });
    const profile = await (
      await call(getVendor, `/api/v1/vendors/${vendor.id}`, { params: { id: vendor.id } })
    ).json();
    expect(profile).toMatchObject({
      name: "创新奇智",
      certifications: [{ name: "ISO 27001", validUntil: "2027-12-31" }],
    });
    expect(profile).not.toHaveProperty("creditCode");
    const enterprise = await createOrganization({ kind: "ENTERPRISE" });
    const response = await call(getVendor, `/api/v1/vendors/${enterprise.id}`, {
      params: { id: enterprise.id },
    });
    await expectProblem(response, 404, "NOT_FOUND");
  });
});

describe("the pipeline, with a write route of its own", () => {
  const echo = vi.fn(async ({ body }: { body: { title: string } }) => ({ title: body.title }));
  const postHandler = apiHandler(
    defineRoute({
      method: "post",
      path: "/api/v1/test-echo",
      operationId: "testEcho",
      tag: "test",
      summary: "test",
      body: z.object({
        title: requiredText(10),
        tags: z.array(z.string().max(3, "tooLong?max=3")),
      }),
      response: z.object({ title: z.string() }),
      run: echo,
    }),
  );
  const post = (token: string, body: string) =>
    call(postHandler, "/api/v1/test-echo", {
      method: "POST",
      token,
      body,
      headers: { "Content-Type": "application/json" },
    });

  it("refuses a read-only token anything but GET, and lets a read-write token write", async () => {
    const { actor } = await createUser();
    const readOnly = await post(await tokenOf(actor, "READ"), '{"title":"x","tags":[]}');
    const problem = await expectProblem(readOnly, 403, "FORBIDDEN");
    expect(problem.detail).toBe("该令牌为只读令牌，只能用于 GET 请求。");
    expect(echo).not.toHaveBeenCalled();
    const readWrite = await post(await tokenOf(actor, "READ_WRITE"), '{"title":"x","tags":[]}');
    expect(readWrite.status).toBe(200);
    expect(await readWrite.json()).toEqual({ title: "x" });
  });

  it("names refused body members with JSON pointers, and refuses a body that is no JSON", async () => {
    const token = await tokenOf((await createUser()).actor, "READ_WRITE");
    const refused = await expectProblem(
      await post(token, '{"title":"","tags":["ok","toolong"]}'),
      400,
      "BAD_REQUEST",
    );
    expect(refused.errors).toEqual([
      { in: "body", pointer: "#/title", detail: "此项为必填项" },
      { in: "body", pointer: "#/tags/1", detail: "不能超过 3 个字符" },
    ]);
    const notJson = await expectProblem(await post(token, "{oops"), 400, "BAD_REQUEST");
    expect(notJson.errors).toEqual([
      { in: "body", pointer: "#", detail: "请求体不是有效的 JSON。" },
    ]);
  });

  it("answers an unexpected failure with a bare 500 and logs it", async () => {
    const token = await tokenOf((await createUser()).actor, "READ_WRITE");
    echo.mockRejectedValueOnce(new Error("database password is hunter2"));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const problem = await expectProblem(
      await post(token, '{"title":"x","tags":[]}'),
      500,
      "INTERNAL",
    );
    expect(JSON.stringify(problem)).not.toContain("hunter2");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
