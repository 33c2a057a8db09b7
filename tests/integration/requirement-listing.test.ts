import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { db } from "@/lib/db";

setUpTestDatabase();

// The home page's list: the search with no words, open requirements, newest first. (Paging and
// cursors are requirement-search-filters.test.ts's.)
const openList = async () => (await searchRequirements(visitor, {})).items.map((r) => r.id);

describe("published requirements as a visitor sees them", () => {
  it("lists only PUBLISHED, PUBLIC requirements, newest first", async () => {
    const older = await createRequirement({ publishedAt: new Date("2026-10-01T00:00:00Z") });
    const newer = await createRequirement({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    await createRequirement({ visibility: "INVITED" });
    for (const status of [
      "DRAFT",
      "PENDING_REVIEW",
      "REJECTED",
      "REMOVED",
      "CANCELLED",
      "EVALUATING",
    ] as const) {
      await createRequirement({ status });
    }
    expect(await openList()).toEqual([newer.id, older.id]);
  });

  it("shows a visitor the summary fields but not the full description", async () => {
    const r = await createRequirement({ description: "## 内部细节" });
    const detail = await getRequirement(visitor, r.id);
    expect(detail.title).toBe(r.title);
    expect(detail.fullText).toBeNull();
  });

  it("hides drafts and invited-only requirements from visitors", async () => {
    const draft = await createRequirement({ status: "DRAFT" });
    const invited = await createRequirement({ visibility: "INVITED" });
    await expect(getRequirement(visitor, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRequirement(visitor, invited.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets an invited vendor see an invited-only requirement", async () => {
    const vendor = await createOrganization({ kind: "VENDOR" });
    const invited = await createRequirement({ visibility: "INVITED" });
    await db.bidInvitation.create({ data: { requirementId: invited.id, vendorOrgId: vendor.id } });
    const actor = {
      kind: "user",
      userId: "u",
      isAdmin: false,
      orgId: vendor.id,
      orgKind: "VENDOR",
      orgRole: "OWNER",
    } as const;
    await expect(getRequirement(actor, invited.id)).resolves.toMatchObject({ id: invited.id });
    const stranger = { ...actor, orgId: (await createOrganization({ kind: "VENDOR" })).id };
    await expect(getRequirement(stranger, invited.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("deadlines as the list sees them", () => {
  it("leaves out a published requirement whose deadline has passed, even before the closing job runs", async () => {
    const open = await createRequirement({ deadline: new Date(Date.now() + 60_000) });
    await createRequirement({ deadline: new Date(Date.now() - 1) });
    expect(await openList()).toEqual([open.id]);
  });
});

describe("a requirement past its deadline", () => {
  it("reads as under evaluation even while the closing job has not run", async () => {
    const r = await createRequirement({ deadline: new Date(Date.now() - 1000) });
    expect((await getRequirement(visitor, r.id)).status).toBe("EVALUATING");
  });
});
