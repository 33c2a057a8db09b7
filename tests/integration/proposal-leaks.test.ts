import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import type { apiHandler } from "@/lib/api/api-handler";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { addProposalAttachment } from "@/lib/domain/proposals/add-proposal-attachment";
import { getOwnProposal } from "@/lib/domain/proposals/get-own-proposal";
import { getProposalAttachmentDownload } from "@/lib/domain/proposals/get-proposal-attachment-download";
import { getProposalReceipt } from "@/lib/domain/proposals/get-proposal-receipt";
import { listOwnProposals } from "@/lib/domain/proposals/list-own-proposals";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { listOrganizationRequirements } from "@/lib/domain/requirements/authoring/list-organization-requirements";
import { getRequirementHistory } from "@/lib/domain/requirements/history/get-requirement-history";
import { GET as listProposalsApi } from "@/app/api/v1/proposals/route";
import { GET as listRequirementsApi } from "@/app/api/v1/requirements/route";
import { GET as getRequirementApi } from "@/app/api/v1/requirements/[id]/route";
import { GET as getProposalApi } from "@/app/api/v1/requirements/[id]/proposal/route";
import { GET as receiptApi } from "@/app/api/v1/requirements/[id]/proposal/versions/[version]/receipt/route";
import { runCli } from "@/scripts/cli/run-cli";
import { createUser } from "@/tests/helpers/actors";
import { pdfFile } from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { completeContent, createBiddingScene, createVendor } from "@/tests/helpers/proposals";
import { unknownOrigin } from "@/tests/helpers/origin";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

// Before the deadline, no one but the bidding vendor learns anything of its proposal: walked
// through every read path that exists for a requirement (domain reads behind the pages, the REST
// API, the CLI, what the file URLs serve), as the enterprise's owner and member, an admin and another vendor.

const VENDOR_NAME = "密封测试智能科技有限公司";
const SECRETS = [VENDOR_NAME, "密封方案摘要", "5600000", "封存报价明细.pdf", "响应：评审项1"];

type Handler = ReturnType<typeof apiHandler>;

async function apiText(handler: Handler, path: string, token: string, params = {}) {
  const request = new NextRequest(new URL(path, "http://localhost:3000"), {
    headers: { Authorization: `Bearer ${token}` },
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return `${response.status} ${await response.text()}`;
}

async function readerTexts(actor: Actor, requirementId: string, orgId: string): Promise<string[]> {
  const token = (await createApiToken(actor, { name: "读", scope: "READ" }, unknownOrigin))
    .plaintext;
  const safe = async (read: () => Promise<unknown>) =>
    JSON.stringify(await read().catch((error: Error) => ({ refused: error.message })));
  let cliOut = "";
  await runCli(["search", "测试需求", "--json"], {
    out: (text) => void (cliOut += text),
    err: (text) => void (cliOut += text),
  });
  return [
    await safe(() => getRequirement(actor, requirementId)),
    await safe(() => getRequirementHistory(actor, { requirementId })),
    await safe(() => listOrganizationRequirements(actor, { orgId })),
    await safe(() => getOwnProposal(actor, { requirementId })),
    await safe(() => listOwnProposals(actor)),
    await apiText(getRequirementApi, `/api/v1/requirements/${requirementId}`, token, {
      id: requirementId,
    }),
    await apiText(listRequirementsApi, "/api/v1/requirements?state=all", token),
    await apiText(getProposalApi, `/api/v1/requirements/${requirementId}/proposal`, token, {
      id: requirementId,
    }),
    await apiText(listProposalsApi, "/api/v1/proposals", token),
    await apiText(
      receiptApi,
      `/api/v1/requirements/${requirementId}/proposal/versions/1/receipt`,
      token,
      {
        id: requirementId,
        version: "1",
      },
    ),
    cliOut,
  ];
}

describe("a sealed proposal", () => {
  it("shows nothing of itself to the enterprise, its members, admins or other vendors", async () => {
    const { requirement, vendor, enterprise } = await createBiddingScene();
    await db.organization.update({ where: { id: vendor.org.id }, data: { name: VENDOR_NAME } });
    const { attachmentId } = await addProposalAttachment(vendor.member, {
      requirementId: requirement.id,
      file: pdfFile("封存报价明细.pdf"),
    });
    await submitProposal(vendor.member, {
      requirementId: requirement.id,
      content: await completeContent(requirement.id, { summary: "密封方案摘要" }),
    });
    const admin = await createUser({ isAdmin: true });
    const other = await createVendor();
    const readers: Record<string, Actor> = {
      enterpriseOwner: enterprise.owner,
      enterpriseMember: enterprise.member,
      admin: admin.actor,
      otherVendor: other.owner,
    };
    for (const [role, actor] of Object.entries(readers)) {
      const texts = await readerTexts(actor, requirement.id, enterprise.org.id);
      for (const text of texts) {
        for (const secret of SECRETS) expect(text, `${role}: ${secret}`).not.toContain(secret);
      }
    }
    // What the file URLs serve: refused (a file URL answers every refusal with 404).
    for (const actor of Object.values(readers)) {
      await expect(getProposalAttachmentDownload(actor, { attachmentId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        getProposalReceipt(actor, { requirementId: requirement.id, version: 1 }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) });
    }

    // The vendor itself does read its own proposal (the secrets are really there to leak).
    const own = JSON.stringify(
      await getOwnProposal(vendor.member, { requirementId: requirement.id }),
    );
    expect(own).toContain("密封方案摘要");
  });
});
