import { describe, expect, it } from "vitest";
import { POST as award } from "@/app/api/v1/requirements/[id]/award/route";
import { POST as open } from "@/app/api/v1/requirements/[id]/opening/route";
import { GET as ranking } from "@/app/api/v1/requirements/[id]/ranking/route";
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
});
