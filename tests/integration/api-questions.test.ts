import { describe, expect, it } from "vitest";
import { POST as answer } from "@/app/api/v1/questions/[id]/answer/route";
import { GET as inbox } from "@/app/api/v1/question-inbox/route";
import {
  GET as listClarifications,
  POST as publishAddendum,
} from "@/app/api/v1/requirements/[id]/clarifications/route";
import { GET as listOwn, POST as ask } from "@/app/api/v1/requirements/[id]/questions/route";
import { db } from "@/lib/db";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { POLICIES } from "@/lib/security/rate-limits";
import { call, expectProblem, tokenOf } from "@/tests/helpers/api-call";
import { createBiddingScene } from "@/tests/helpers/proposals";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-1";

const json = (value: unknown) => JSON.stringify(value);

async function castWithTokens() {
  const cast = await createBiddingScene();
  const id = cast.requirement.id;
  return {
    ...cast,
    id,
    vendorToken: await tokenOf(cast.actors.vendorMember, "READ_WRITE"),
    otherVendorToken: await tokenOf(cast.actors.otherVendor, "READ_WRITE"),
    enterpriseToken: await tokenOf(cast.actors.enterpriseMember, "READ_WRITE"),
  };
}

const askVia = (token: string, id: string, body: unknown = { body: "接口规范何时提供？" }) =>
  call(ask, `/api/v1/requirements/${id}/questions`, {
    method: "POST",
    params: { id },
    token,
    body: json(body),
  });

describe("questions and clarifications over the API", () => {
  it("a vendor asks, the enterprise answers and publishes, another vendor reads it anonymised", async () => {
    const c = await castWithTokens();
    const asked = await askVia(c.vendorToken, c.id);
    expect(asked.status).toBe(200);
    const { id: questionId } = await asked.json();

    const own = await call(listOwn, `/api/v1/requirements/${c.id}/questions`, {
      params: { id: c.id },
      token: c.vendorToken,
    });
    expect((await own.json()).items).toEqual([
      expect.objectContaining({
        id: questionId,
        body: "接口规范何时提供？",
        asker: "A",
        answer: null,
      }),
    ]);

    const box = await call(inbox, "/api/v1/question-inbox", { token: c.enterpriseToken });
    const boxed = await box.json();
    expect(boxed.items.map((q: { id: string }) => q.id)).toEqual([questionId]);
    expect(JSON.stringify(boxed)).not.toContain(c.vendor.org.name);

    const answered = await call(answer, `/api/v1/questions/${questionId}/answer`, {
      method: "POST",
      params: { id: questionId },
      token: c.enterpriseToken,
      body: json({ answer: "答疑截止后统一提供。", publish: true }),
    });
    expect(answered.status).toBe(200);
    expect((await answered.json()).clarificationId).toEqual(expect.any(String));

    const read = await call(listClarifications, `/api/v1/requirements/${c.id}/clarifications`, {
      params: { id: c.id },
      token: c.otherVendorToken,
    });
    const body = await read.json();
    expect(body.items).toEqual([
      {
        id: expect.any(String),
        kind: "answer",
        question: "接口规范何时提供？",
        asker: "A",
        body: "答疑截止后统一提供。",
        publishedAt: expect.stringMatching(/Z$/),
      },
    ]);
    expect(JSON.stringify(body)).not.toContain(c.vendor.org.name);
  });

  it("publishes an addendum for the enterprise, and refuses vendors", async () => {
    const c = await castWithTokens();
    const post = (token: string) =>
      call(publishAddendum, `/api/v1/requirements/${c.id}/clarifications`, {
        method: "POST",
        params: { id: c.id },
        token,
        body: json({ body: "补遗一：延长答疑。" }),
      });
    expect((await post(c.enterpriseToken)).status).toBe(200);
    await expectProblem(await post(c.vendorToken), 403, "FORBIDDEN");
    expect(await db.clarification.count()).toBe(1);
  });

  it("refuses a read-only token, a question after the deadline, bad input and visitors, as problem+json", async () => {
    const c = await castWithTokens();
    const readOnly = await tokenOf(c.actors.vendorMember, "READ");
    await expectProblem(await askVia(readOnly, c.id), 403, "FORBIDDEN");

    const blank = await expectProblem(
      await askVia(c.vendorToken, c.id, { body: "  " }),
      422,
      "VALIDATION",
    );
    expect(blank.errors).toEqual([expect.objectContaining({ name: "body" })]);
    await expectProblem(await askVia(c.vendorToken, c.id, { text: 1 }), 400, "BAD_REQUEST");

    const now = await databaseNow();
    await db.requirement.update({
      where: { id: c.id },
      data: { questionDeadline: new Date(now.getTime() - 1) },
    });
    const late = await expectProblem(await askVia(c.vendorToken, c.id), 409, "DEADLINE_PASSED");
    expect(late.detail).toBe("答疑已截止，不能再提问");

    const anonymous = await call(
      listClarifications,
      `/api/v1/requirements/${c.id}/clarifications`,
      {
        params: { id: c.id },
      },
    );
    await expectProblem(anonymous, 401, "UNAUTHENTICATED");
    expect(await db.question.count()).toBe(0);
  });

  it("limits how many questions one user asks an hour", async () => {
    const c = await castWithTokens();
    const { points } = POLICIES.questionUser;
    for (let n = 0; n < points; n++) expect((await askVia(c.vendorToken, c.id)).status).toBe(200);
    await expectProblem(await askVia(c.vendorToken, c.id), 429, "RATE_LIMITED");
    expect(await db.question.count()).toBe(points);
  });
});
