import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { listPublishedRequirements } from "@/lib/domain/requirements/list-published-requirements";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { db } from "@/lib/db";

setUpTestDatabase();

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
    const page = await listPublishedRequirements(visitor, {});
    expect(page.items.map((r) => r.id)).toEqual([newer.id, older.id]);
  });

  it("pages with a keyset cursor without repeating or skipping rows", async () => {
    const org = await createOrganization();
    const sameInstant = new Date("2026-11-01T00:00:00Z");
    for (let i = 0; i < 7; i++)
      await createRequirement({ orgId: org.id, publishedAt: sameInstant });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPublishedRequirements(visitor, { cursor, limit: 3 });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("ignores a malformed cursor and starts from the first page", async () => {
    await createRequirement();
    const page = await listPublishedRequirements(visitor, { cursor: "not-a-cursor" });
    expect(page.items).toHaveLength(1);
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
    const page = await listPublishedRequirements(visitor, {});
    expect(page.items.map((r) => r.id)).toEqual([open.id]);
  });
});

describe("a requirement past its deadline", () => {
  it("reads as under evaluation even while the closing job has not run", async () => {
    const r = await createRequirement({ deadline: new Date(Date.now() - 1000) });
    expect((await getRequirement(visitor, r.id)).status).toBe("EVALUATING");
  });
});
