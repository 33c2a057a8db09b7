import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { listEnterpriseRequirements } from "@/lib/domain/requirements/list-enterprise-requirements";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createCast } from "@/tests/helpers/actors";
import { createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

const day = 24 * 3600 * 1000;

/** An enterprise with a requirement in every status, and one invited-only open one. */
async function enterpriseWithHistory() {
  const cast = await createCast("ENTERPRISE");
  for (const [i, status] of Object.values(RequirementStatus).entries()) {
    const listed = !["DRAFT", "PENDING_REVIEW", "REJECTED"].includes(status);
    await createRequirement({
      orgId: cast.org.id,
      title: `需求-${status}`,
      status,
      publishedAt: listed ? new Date(Date.UTC(2026, 5, 1) + i * day) : null,
      deadline: new Date(Date.now() + (status === "PUBLISHED" ? 10 : -10) * day),
    });
  }
  const pastDeadline = await createRequirement({
    orgId: cast.org.id,
    title: "需求-已过截止",
    deadline: new Date(Date.now() - day),
  });
  const invitedOnly = await createRequirement({
    orgId: cast.org.id,
    title: "需求-邀请",
    visibility: "INVITED",
  });
  await db.bidInvitation.create({
    data: { requirementId: invitedOnly.id, vendorOrgId: cast.otherOrg.id },
  });
  return { ...cast, pastDeadline, invitedOnly };
}

const titles = (list: { items: { title: string }[] }) => list.items.map((item) => item.title);

describe("an enterprise's public page", () => {
  it("lists its open and its past requirements, only those a visitor may see", async () => {
    const { org } = await enterpriseWithHistory();
    const { open, past } = await listEnterpriseRequirements(visitor, { orgId: org.id });
    expect(titles(open)).toEqual(["需求-PUBLISHED"]);
    expect(titles(past).toSorted()).toEqual(
      [
        "需求-EVALUATING",
        "需求-AWARDED",
        "需求-CONTRACTED",
        "需求-COMPLETED",
        "需求-UNSUCCESSFUL",
        "需求-已过截止",
      ].toSorted(),
    );
    expect([open.count, past.count]).toEqual([1, 6]);
    // Past its deadline, a published requirement shows as under evaluation.
    expect(past.items.find((r) => r.title === "需求-已过截止")?.status).toBe("EVALUATING");
  });

  it("keeps drafts and withdrawn listings off it, even for the enterprise's own owner", async () => {
    const { org, owner } = await enterpriseWithHistory();
    const { open, past } = await listEnterpriseRequirements(owner.actor, { orgId: org.id });
    const all = [...titles(open), ...titles(past)];
    for (const hidden of ["DRAFT", "PENDING_REVIEW", "REJECTED", "REMOVED", "CANCELLED"])
      expect(all).not.toContain(`需求-${hidden}`);
  });

  it("shows an invited-only requirement to the invited vendor alone", async () => {
    const { org, otherOwner, invitedOnly } = await enterpriseWithHistory();
    const visitorView = await listEnterpriseRequirements(visitor, { orgId: org.id });
    expect(visitorView.open.items.map((r) => r.id)).not.toContain(invitedOnly.id);
    const invited = await listEnterpriseRequirements(otherOwner.actor, { orgId: org.id });
    expect(invited.open.items.map((r) => r.id)).toContain(invitedOnly.id);
  });
});
