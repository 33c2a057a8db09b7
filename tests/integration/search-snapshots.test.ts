import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { countRequirements } from "@/lib/domain/requirements/search/count-requirements";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { MAX_COUNTED } from "@/lib/paging/keyset-page";
import type { UrlValue } from "@/lib/http/url-params";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { searchableRequirement } from "@/tests/helpers/search";

setUpTestDatabase();

const search = (input: Record<string, UrlValue>) => searchRequirements(visitor, input);
const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const day = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000);

describe("later pages of a ranked search", () => {
  it("come from its first fetch, their rows checked again", async () => {
    const org = await createOrganization();
    for (let n = 0; n < 6; n++) {
      await searchableRequirement({ orgId: org.id, title: "变电站巡检", publishedAt: day(n) });
    }
    const ranked = ids(await search({ q: "变电站巡检", limit: "50" }));
    expect(ranked).toHaveLength(6);

    const first = await search({ q: "变电站巡检", limit: "2" });
    expect(ids(first)).toEqual(ranked.slice(0, 2));
    // Between the pages: one of the next page's rows is taken down, a newer one is published.
    await db.requirement.update({ where: { id: ranked[2] }, data: { status: "REMOVED" } });
    const added = await searchableRequirement({
      orgId: org.id,
      title: "变电站巡检",
      publishedAt: day(30),
    });

    const second = await search({ q: "变电站巡检", limit: "2", cursor: first.nextCursor! });
    expect(ids(second)).toEqual([ranked[3]]);
    const third = await search({ q: "变电站巡检", limit: "2", cursor: second.nextCursor! });
    expect(ids(third)).toEqual(ranked.slice(4, 6));
    expect(third.nextCursor).toBeNull();

    // The same search run again finds the new requirement, first, and no longer the removed one.
    const again = ids(await search({ q: "变电站巡检", limit: "50" }));
    expect(again[0]).toBe(added.id);
    expect(again).not.toContain(ranked[2]);
  });
});

describe("result counts", () => {
  const count = (input: Record<string, UrlValue>) => countRequirements(visitor, input);

  it("count the matches exactly up to the limit, and say 'more than' beyond it", async () => {
    const org = await createOrganization();
    await db.requirement.createMany({
      data: Array.from({ length: MAX_COUNTED + 1 }, (_, n) => ({
        orgId: org.id,
        title: `批量需求${n}`,
        summary: "计数",
        industry: n < 3 ? "water" : "power-grid",
        status: "PUBLISHED" as const,
        publishedAt: day(n % 60),
      })),
    });

    expect(await count({ state: "all" })).toEqual({ value: MAX_COUNTED, exact: false });
    expect(await count({ industry: "water" })).toEqual({ value: 3, exact: true });
    expect(await count({ industry: "mining" })).toEqual({ value: 0, exact: true });
    // What is counted is what the search lists.
    const water = await search({ industry: "water", limit: "50" });
    expect(water.items).toHaveLength(3);
  });

  it("count what the reader may see, with the search's words", async () => {
    const org = await createOrganization();
    await searchableRequirement({ orgId: org.id, title: "变电站巡检" });
    await searchableRequirement({ orgId: org.id, title: "变电站巡检", visibility: "INVITED" });
    expect(await count({ q: "变电站巡检" })).toEqual({ value: 1, exact: true });
    const owner = await countRequirements(
      {
        kind: "user",
        userId: "u",
        isAdmin: false,
        orgId: org.id,
        orgKind: "ENTERPRISE",
        orgRole: "OWNER",
      },
      { q: "变电站巡检" },
    );
    expect(owner).toEqual({ value: 2, exact: true });
  });
});
