import { describe, expect, it } from "vitest";
import { visitor, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { inviteVendor } from "@/lib/domain/bid-invitations/invite-vendor";
import { getMarketplaceStats } from "@/lib/domain/marketplace/get-marketplace-stats";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { countRequirements } from "@/lib/domain/requirements/search/count-requirements";
import { approveRequirement } from "@/lib/domain/requirements/transitions/approve-requirement";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

// The home page's "open requirements" is counted from a list kept per process while the
// published requirements' stamp stays the same (get-marketplace-stats.ts): these are the
// promises that list keeps, read right after each change, with no waiting.

const open = async (actor = visitor) => (await getMarketplaceStats(actor)).openRequirements;

/** One public open requirement, one INVITED open one with its invited vendor, and who asks. */
async function market() {
  const enterprise = await createOrganization();
  const owner = await createUser({ orgId: enterprise.id, role: "OWNER" });
  const invitedVendor = await createOrganization({ kind: "VENDOR" });
  const otherVendor = await createOrganization({ kind: "VENDOR" });
  await createRequirement({ orgId: enterprise.id });
  const invited = await createRequirement({ orgId: enterprise.id, visibility: "INVITED" });
  await inviteVendor(owner.actor, { requirementId: invited.id, vendorId: invitedVendor.id });
  return {
    enterprise,
    owner: owner.actor,
    invited: (await createUser({ orgId: invitedVendor.id })).actor,
    other: (await createUser({ orgId: otherVendor.id })).actor,
    admin: (await createUser({ isAdmin: true })).actor,
  };
}

describe("the marketplace's open-requirement count", () => {
  it("counts an INVITED requirement only for those who may see it", async () => {
    const s = await market();
    expect(await open(visitor)).toBe(1);
    expect(await open(s.other)).toBe(1);
    expect(await open(s.invited)).toBe(2);
    expect(await open(s.owner)).toBe(2);
    expect(await open(s.admin)).toBe(2);
    // Asked again in another order, from the kept list: still each actor's own figure.
    expect(await open(s.invited)).toBe(2);
    expect(await open(visitor)).toBe(1);
  });

  it("is the result count of the unfiltered listing, as each actor sees it", async () => {
    const s = await market();
    const counted = async (actor: Actor, input = {}) =>
      (await countRequirements(actor, input)).value;
    expect(await counted(visitor)).toBe(1);
    expect(await counted(s.other, { sort: "deadline" })).toBe(1);
    expect(await counted(s.invited)).toBe(2);
    expect(await counted(s.admin)).toBe(2);
    // A filter is counted by the search's own query, with the same visibility.
    expect(await counted(s.invited, { industry: "power-grid" })).toBe(2);
    expect(await counted(visitor, { industry: "power-grid" })).toBe(1);
  });

  it("counts a requirement on the first request after it is published or closed", async () => {
    const s = await market();
    const pending = await createRequirement({
      orgId: s.enterprise.id,
      status: "PENDING_REVIEW",
      publishedAt: null,
    });
    expect(await open()).toBe(1);
    await approveRequirement(s.admin, { requirementId: pending.id });
    expect(await open()).toBe(2);
    await db.requirement.update({ where: { id: pending.id }, data: { status: "CANCELLED" } });
    expect(await open()).toBe(1);
  });

  it("stops counting a requirement when its deadline passes, though nothing was written", async () => {
    const s = await market();
    const deadline = new Date((await databaseNow()).getTime() + 1500);
    await createRequirement({ orgId: s.enterprise.id, deadline });
    expect(await open()).toBe(2);
    while ((await databaseNow()).getTime() <= deadline.getTime()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await open()).toBe(1);
  });

  it("counts the enterprises and vendors", async () => {
    await market();
    expect(await getMarketplaceStats(visitor)).toMatchObject({ enterprises: 1, vendors: 2 });
  });
});
