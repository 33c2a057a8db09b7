import { describe, expect, it } from "vitest";
import { POST as award } from "@/app/api/v1/requirements/[id]/award/route";
import { POST as open } from "@/app/api/v1/requirements/[id]/opening/route";
import { GET as ranking } from "@/app/api/v1/requirements/[id]/ranking/route";
import { POST as appoint } from "@/app/api/v1/requirements/[id]/evaluators/route";
import { POST as declare } from "@/app/api/v1/requirements/[id]/evaluators/declaration/route";
import { db } from "@/lib/db";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import { call, expectProblem, tokenOf } from "@/tests/helpers/api-call";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createEvaluationScene } from "@/tests/helpers/evaluation";

setUpTestDatabase();

describe("the evaluation API", () => {
  it("opens, ranks, and refuses an award of a proposal that is not top-ranked without a reason", async () => {
    const scene = await createEvaluationScene();
    const id = scene.requirement.id;
    const token = await tokenOf(scene.users.owner.actor, "READ_WRITE");
    const base = `/api/v1/requirements/${id}`;
    const opened = await call(open, `${base}/opening`, { params: { id }, token, method: "POST" });
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ proposals: 2 });
    const table = await call(ranking, `${base}/ranking`, { params: { id }, token });
    const rows = (await table.json()).rows as { proposalId: string; rank: number | null }[];
    // Nobody has scored yet: no rank, so any award needs a reason.
    expect(rows.map((r) => r.rank)).toEqual([null, null]);
    const refused = await call(award, `${base}/award`, {
      params: { id },
      token,
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ proposalId: scene.proposals.second.id }),
    });
    await expectProblem(refused, 422, "VALIDATION");
  });

  it("refuses a vendor's token with a problem, not a 500", async () => {
    const scene = await createEvaluationScene();
    const id = scene.requirement.id;
    const token = await tokenOf(scene.vendors.first, "READ_WRITE");
    const response = await call(open, `/api/v1/requirements/${id}/opening`, {
      params: { id },
      token,
      method: "POST",
    });
    await expectProblem(response, 403, "FORBIDDEN");
  });

  it("names the panel (owner only) and records an evaluator's declaration", async () => {
    const scene = await createEvaluationScene();
    const id = scene.requirement.id;
    const base = `/api/v1/requirements/${id}`;
    const json = { "Content-Type": "application/json" };
    const body = JSON.stringify({ userIds: [scene.users.evaluator.user.id] });
    const member = await tokenOf(scene.users.nonEvaluator.actor, "READ_WRITE");
    const byMember = await call(appoint, `${base}/evaluators`, {
      params: { id },
      token: member,
      method: "POST",
      headers: json,
      body,
    });
    await expectProblem(byMember, 403, "FORBIDDEN");
    const owner = await tokenOf(scene.users.owner.actor, "READ_WRITE");
    const outsider = JSON.stringify({ userIds: [scene.users.owner.user.id, "not-a-member"] });
    const refused = await call(appoint, `${base}/evaluators`, {
      params: { id },
      token: owner,
      method: "POST",
      headers: json,
      body: outsider,
    });
    await expectProblem(refused, 422, "VALIDATION");
    const named = await call(appoint, `${base}/evaluators`, {
      params: { id },
      token: owner,
      method: "POST",
      headers: json,
      body,
    });
    expect(named.status).toBe(200);

    const evaluator = await tokenOf(scene.users.evaluator.actor, "READ_WRITE");
    const declaration = (token: string) =>
      call(declare, `${base}/evaluators/declaration`, { params: { id }, token, method: "POST" });
    // Before the opening the bidders are unknown: nothing to declare against.
    await expectProblem(await declaration(evaluator), 409, "CONFLICT");
    await openProposals(scene.users.owner.actor, { requirementId: id });
    await expectProblem(await declaration(member), 403, "FORBIDDEN");
    expect((await declaration(evaluator)).status).toBe(200);
    const seat = await db.evaluator.findUniqueOrThrow({
      where: { requirementId_userId: { requirementId: id, userId: scene.users.evaluator.user.id } },
    });
    expect(seat.noConflictDeclaredAt).toBeInstanceOf(Date);
    const readOnly = await tokenOf(scene.users.evaluator.actor, "READ");
    await expectProblem(await declaration(readOnly), 403, "FORBIDDEN");
  });
});
