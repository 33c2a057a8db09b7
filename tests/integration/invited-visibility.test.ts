import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { inviteVendor } from "@/lib/domain/bid-invitations/invite-vendor";
import { findSimilarRequirements } from "@/lib/domain/matching/find-similar-requirements";
import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import { addRequirementAttachment } from "@/lib/domain/requirements/attachments/add-requirement-attachment";
import { getAttachmentDownload } from "@/lib/domain/requirements/attachments/get-attachment-download";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { GET as listRequirementsApi } from "@/app/api/v1/requirements/route";
import { GET as getRequirementApi } from "@/app/api/v1/requirements/[id]/route";
import { runCli } from "@/scripts/cli/run-cli";
import { call } from "@/tests/helpers/api-call";
import { createUser } from "@/tests/helpers/actors";
import { pdfFile } from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { unknownOrigin } from "@/tests/helpers/origin";
import { searchableRequirement, searchableVendor } from "@/tests/helpers/search";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

const TITLE = "变电站巡检缺陷识别";
const INVITED_MARK = "（仅受邀）";

/** An INVITED requirement with an attachment, one invited vendor and one that is not. */
async function scene() {
  const enterprise = await createOrganization({ name: "邀请制企业" });
  const owner = (await createUser({ orgId: enterprise.id, role: "OWNER" })).actor;
  const profile = { capabilities: ["computer-vision"], industries: ["power-grid"] };
  const invitedVendor = await searchableVendor({ name: "受邀视觉公司", ...profile });
  const otherVendor = await searchableVendor({ name: "未受邀视觉公司", ...profile });
  const requirement = await searchableRequirement({
    orgId: enterprise.id,
    title: `${TITLE}${INVITED_MARK}`,
    capabilities: ["computer-vision"],
    visibility: "INVITED",
    status: "DRAFT",
  });
  const { attachmentId } = await addRequirementAttachment(owner, {
    requirementId: requirement.id,
    file: pdfFile(),
  });
  await db.requirement.update({ where: { id: requirement.id }, data: { status: "PUBLISHED" } });
  // A public requirement like it, from which "similar requirements" are asked.
  const neighbour = await searchableRequirement({
    title: TITLE,
    capabilities: ["computer-vision"],
  });
  await inviteVendor(owner, { requirementId: requirement.id, vendorId: invitedVendor.id });
  const member = async (orgId: string) => (await createUser({ orgId })).actor;
  return {
    requirement,
    attachmentId,
    neighbour,
    owner,
    invited: { org: invitedVendor, actor: await member(invitedVendor.id) },
    other: { org: otherVendor, actor: await member(otherVendor.id) },
  };
}

/** What every route shows the actor of the requirement `id`, as text (refusals included). */
async function everyRoute(
  actor: Actor,
  vendorId: string,
  ids: { id: string; neighbourId: string },
) {
  const token = (await createApiToken(actor, { name: "读", scope: "READ" }, unknownOrigin))
    .plaintext;
  const safe = async (read: () => Promise<unknown>) =>
    JSON.stringify(await read().catch((error: Error) => ({ refused: error.message })));
  const api = async (path: string, params = {}) => {
    const response = await call(
      path.includes("?") ? listRequirementsApi : getRequirementApi,
      path,
      {
        token,
        params,
      },
    );
    return `${response.status} ${await response.text()}`;
  };
  return {
    page: await safe(() => getRequirement(actor, ids.id)),
    search: await safe(() => searchRequirements(actor, { q: "巡检缺陷" })),
    apiRead: await api(`/api/v1/requirements/${ids.id}`, { id: ids.id }),
    apiList: await api("/api/v1/requirements?q=%E5%B7%A1%E6%A3%80"),
    feed: await safe(() => recommendRequirements(actor, { vendorId })),
    similar: await safe(() => findSimilarRequirements(actor, { requirementId: ids.neighbourId })),
  };
}

describe("an INVITED requirement", () => {
  it("is seen by the vendor it invited through every route", async () => {
    const s = await scene();
    const ids = { id: s.requirement.id, neighbourId: s.neighbour.id };
    const routes = await everyRoute(s.invited.actor, s.invited.org.id, ids);
    for (const [route, text] of Object.entries(routes)) {
      expect(text, route).toContain(s.requirement.id);
    }
    await expect(
      getAttachmentDownload(s.invited.actor, { attachmentId: s.attachmentId }),
    ).resolves.toBeTruthy();
  });

  it("is not found by a vendor it did not invite through any route", async () => {
    const s = await scene();
    const ids = { id: s.requirement.id, neighbourId: s.neighbour.id };
    const routes = await everyRoute(s.other.actor, s.other.org.id, ids);
    for (const [route, text] of Object.entries(routes)) {
      expect(text, route).not.toContain(INVITED_MARK);
      // A refusal names the address asked for, nothing more.
      if (route !== "apiRead") expect(text, route).not.toContain(s.requirement.id);
    }
    expect(routes.page).toContain("not found");
    expect(routes.apiRead).toMatch(/^404 /);
    // The public neighbour is there: the routes answered, they only left the invited one out.
    expect(routes.search).toContain(s.neighbour.id);
    expect(routes.feed).toContain(s.neighbour.id);
    await expect(
      getAttachmentDownload(s.other.actor, { attachmentId: s.attachmentId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is found by the operators' CLI, which sees every requirement as admins do", async () => {
    const s = await scene();
    let out = "";
    await runCli(["search", "巡检缺陷", "--json"], { out: (t) => void (out += t), err: () => {} });
    expect(out).toContain(s.requirement.id);
  });
});
