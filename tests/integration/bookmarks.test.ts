import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { bookmarkRequirement } from "@/lib/domain/bookmarks/bookmark-requirement";
import {
  bookmarkedRequirementIds,
  isBookmarked,
} from "@/lib/domain/bookmarks/bookmarked-requirements";
import { listBookmarks } from "@/lib/domain/bookmarks/list-bookmarks";
import { removeBookmark } from "@/lib/domain/bookmarks/remove-bookmark";
import {
  VENDOR_TOOL_VIEWERS,
  VENDORS_ONLY,
  createVendorToolViewers,
} from "@/tests/helpers/vendor-tool-viewers";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

const VIEWERS = VENDOR_TOOL_VIEWERS;

const createViewers = createVendorToolViewers;

const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : "");

describe("who may keep bookmarks", () => {
  const useCases = {
    bookmarkRequirement: (actor: Actor, requirementId: string) =>
      bookmarkRequirement(actor, { requirementId }),
    removeBookmark: (actor: Actor, requirementId: string) =>
      removeBookmark(actor, { requirementId }),
    listBookmarks: (actor: Actor) => listBookmarks(actor, {}),
  };

  describe.each(Object.entries(useCases))("%s", (_name, call) => {
    it.each(VIEWERS)("%s", async (viewer) => {
      const { actors, enterpriseId } = await createViewers();
      const requirement = await createRequirement({ orgId: enterpriseId });
      const outcome = VENDORS_ONLY[viewer];
      const attempt = call(actors[viewer], requirement.id);
      if (outcome === "allowed") await attempt;
      else await expect(attempt).rejects.toMatchObject({ code: outcome });
      // Bookmarks are private notes: nothing goes to the audit log, allowed or not.
      expect(await db.auditEvent.count()).toBe(0);
    });
  });

  it("keeps each user's bookmarks to themselves, colleagues included", async () => {
    const { actors, enterpriseId } = await createViewers();
    const requirement = await createRequirement({ orgId: enterpriseId });
    await bookmarkRequirement(actors.vendor, { requirementId: requirement.id });

    for (const other of [actors.colleague, actors.otherVendor]) {
      expect((await listBookmarks(other, {})).items).toEqual([]);
      expect(await isBookmarked(other, { requirementId: requirement.id })).toBe(false);
      await removeBookmark(other, { requirementId: requirement.id });
    }
    const list = await listBookmarks(actors.vendor, {});
    expect(list.items.map((item) => item.requirement.id)).toEqual([requirement.id]);
  });

  it("answers 'nothing bookmarked' to anyone who cannot bookmark, without refusing", async () => {
    const { actors, enterpriseId } = await createViewers();
    const requirement = await createRequirement({ orgId: enterpriseId });
    for (const viewer of ["visitor", "enterpriseOwner", "admin"] as const) {
      const ids = await bookmarkedRequirementIds(actors[viewer], {
        requirementIds: [requirement.id],
      });
      expect(ids, viewer).toEqual([]);
    }
  });
});

describe("bookmarking a requirement", () => {
  it("is idempotent: bookmarking twice keeps one bookmark", async () => {
    const { actors, enterpriseId } = await createViewers();
    const requirement = await createRequirement({ orgId: enterpriseId });
    await bookmarkRequirement(actors.vendor, { requirementId: requirement.id });
    await Promise.all([
      bookmarkRequirement(actors.vendor, { requirementId: requirement.id }),
      bookmarkRequirement(actors.vendor, { requirementId: requirement.id }),
    ]);
    expect(await db.bookmark.count()).toBe(1);
    expect(await isBookmarked(actors.vendor, { requirementId: requirement.id })).toBe(true);
  });

  it("removes a bookmark, and removing it again changes nothing", async () => {
    const { actors, enterpriseId } = await createViewers();
    const requirement = await createRequirement({ orgId: enterpriseId });
    await bookmarkRequirement(actors.vendor, { requirementId: requirement.id });
    await removeBookmark(actors.vendor, { requirementId: requirement.id });
    await removeBookmark(actors.vendor, { requirementId: requirement.id });
    expect(await isBookmarked(actors.vendor, { requirementId: requirement.id })).toBe(false);
  });

  it("refuses a requirement the vendor may not see, as not found", async () => {
    const { actors, enterpriseId } = await createViewers();
    const hidden = await Promise.all([
      createRequirement({ orgId: enterpriseId, status: "DRAFT", publishedAt: null }),
      createRequirement({ orgId: enterpriseId, status: "PENDING_REVIEW", publishedAt: null }),
      createRequirement({ orgId: enterpriseId, status: "REMOVED" }),
      createRequirement({ orgId: enterpriseId, visibility: "INVITED" }),
    ]);
    for (const requirement of hidden) {
      await expect(
        bookmarkRequirement(actors.vendor, { requirementId: requirement.id }),
      ).rejects.toMatchObject({ code: "NOT_FOUND", message: "requirementUnavailable" });
    }
    await expect(
      bookmarkRequirement(actors.vendor, { requirementId: "no-such-requirement" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.bookmark.count()).toBe(0);
  });

  it("accepts an invitation-only requirement the vendor is invited to", async () => {
    const { actors, enterpriseId, vendorOrgId } = await createViewers();
    const requirement = await createRequirement({
      orgId: enterpriseId,
      visibility: "INVITED",
      bidInvitations: { create: { vendorOrgId } },
    });
    await bookmarkRequirement(actors.colleague, { requirementId: requirement.id });
    await expect(
      bookmarkRequirement(actors.otherVendor, { requirementId: requirement.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await isBookmarked(actors.colleague, { requirementId: requirement.id })).toBe(true);
  });
});

describe("the list of bookmarks", () => {
  async function bookmarkAt(actor: Actor, requirementId: string, createdAt: Date) {
    await bookmarkRequirement(actor, { requirementId });
    await db.bookmark.update({
      where: { userId_requirementId: { userId: userIdOf(actor), requirementId } },
      data: { createdAt },
    });
  }

  it("shows the most recently bookmarked first, a page at a time", async () => {
    const { actors, enterpriseId } = await createViewers();
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(() => createRequirement({ orgId: enterpriseId })),
    );
    await bookmarkAt(actors.vendor, second!.id, new Date("2026-03-02T00:00:00Z"));
    await bookmarkAt(actors.vendor, third!.id, new Date("2026-03-01T00:00:00Z"));
    await bookmarkAt(actors.vendor, first!.id, new Date("2026-03-03T00:00:00Z"));

    const page1 = await listBookmarks(actors.vendor, { pageSize: 2 });
    expect(page1.items.map((item) => item.requirement.id)).toEqual([first!.id, second!.id]);
    expect(page1).toMatchObject({ total: 3, page: 1, pageCount: 2, hiddenCount: 0 });
    expect(page1.items[0]!.bookmarkedAt).toEqual(new Date("2026-03-03T00:00:00Z"));

    const page2 = await listBookmarks(actors.vendor, { page: "2", pageSize: 2 });
    expect(page2.items.map((item) => item.requirement.id)).toEqual([third!.id]);
    const pastTheEnd = await listBookmarks(actors.vendor, { page: 9, pageSize: 2 });
    expect(pastTheEnd.page).toBe(2);
  });

  it("shows the status a reader sees: past its deadline, a published requirement is evaluating", async () => {
    const { actors, enterpriseId } = await createViewers();
    const requirement = await createRequirement({ orgId: enterpriseId });
    await bookmarkRequirement(actors.vendor, { requirementId: requirement.id });
    await db.requirement.update({
      where: { id: requirement.id },
      data: { deadline: new Date(Date.now() - 60_000) },
    });
    const [item] = (await listBookmarks(actors.vendor, {})).items;
    expect(item!.requirement.status).toBe("EVALUATING");
  });

  it("leaves out a requirement that was taken down or made invitation-only, and counts it", async () => {
    const { actors, enterpriseId } = await createViewers();
    const [kept, takenDown, restricted] = await Promise.all(
      [1, 2, 3].map(() => createRequirement({ orgId: enterpriseId })),
    );
    for (const requirement of [kept, takenDown, restricted])
      await bookmarkRequirement(actors.vendor, { requirementId: requirement!.id });
    await db.requirement.update({ where: { id: takenDown!.id }, data: { status: "REMOVED" } });
    await db.requirement.update({
      where: { id: restricted!.id },
      data: { visibility: "INVITED" },
    });

    const list = await listBookmarks(actors.vendor, {});
    expect(list.items.map((item) => item.requirement.id)).toEqual([kept!.id]);
    expect(list).toMatchObject({ total: 1, hiddenCount: 2 });

    // The bookmark stays: when the requirement is listed again, it is back in the list.
    await db.requirement.update({ where: { id: takenDown!.id }, data: { status: "PUBLISHED" } });
    expect((await listBookmarks(actors.vendor, {})).total).toBe(2);
  });

  it("marks which of a page's requirements the vendor bookmarked", async () => {
    const { actors, enterpriseId } = await createViewers();
    const [marked, unmarked] = await Promise.all(
      [1, 2].map(() => createRequirement({ orgId: enterpriseId })),
    );
    await bookmarkRequirement(actors.vendor, { requirementId: marked!.id });
    const ids = await bookmarkedRequirementIds(actors.vendor, {
      requirementIds: [marked!.id, unmarked!.id],
    });
    expect(ids).toEqual([marked!.id]);
  });
});
