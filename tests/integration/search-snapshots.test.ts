import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { MAX_COUNTED } from "@/lib/search/keyset-page";
import type { UrlValue } from "@/lib/search/url-params";
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
    expect(first.total).toEqual({ value: 6, exact: true });
    // Between the pages: one of the next page's rows is taken down, a newer one is published.
    await db.requirement.update({ where: { id: ranked[2] }, data: { status: "REMOVED" } });
    const added = await searchableRequirement({
      orgId: org.id,
      title: "变电站巡检",
      publishedAt: day(30),
    });

    const second = await search({ q: "变电站巡检", limit: "2", cursor: first.nextCursor! });
    expect(ids(second)).toEqual([ranked[3]]);
    expect(second.total).toBeNull();
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

    const all = await search({ state: "all", limit: "5" });
    expect(all.total).toEqual({ value: MAX_COUNTED, exact: false });
    expect(all.items).toHaveLength(5);

    const water = await search({ industry: "water" });
    expect(water.total).toEqual({ value: 3, exact: true });
    const none = await search({ industry: "mining" });
    expect(none.total).toEqual({ value: 0, exact: true });
  });
});
