import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { deleteSavedSearch } from "@/lib/domain/saved-searches/delete-saved-search";
import { getSaveSearchStatus } from "@/lib/domain/saved-searches/get-save-search-status";
import { listSavedSearches } from "@/lib/domain/saved-searches/list-saved-searches";
import { renameSavedSearch } from "@/lib/domain/saved-searches/rename-saved-search";
import { MAX_SAVED_SEARCHES, saveSearch } from "@/lib/domain/saved-searches/save-search";
import { setSavedSearchAlerts } from "@/lib/domain/saved-searches/set-saved-search-alerts";
import {
  VENDOR_TOOL_VIEWERS,
  VENDORS_ONLY,
  createVendorToolViewers,
  type VendorToolOutcome,
  type VendorToolViewer,
} from "@/tests/helpers/vendor-tool-viewers";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

type Viewer = VendorToolViewer;
type Outcome = VendorToolOutcome;
const VIEWERS = VENDOR_TOOL_VIEWERS;

/** The vendor's own saved search: others who may keep saved searches are told it does not exist. */
const OWN_SEARCH_ONLY: Record<Viewer, Outcome> = {
  ...VENDORS_ONLY,
  colleague: "NOT_FOUND",
  otherVendor: "NOT_FOUND",
};

async function createViewers(): Promise<Record<Viewer, Actor>> {
  return (await createVendorToolViewers()).actors;
}

async function expectOutcome(outcome: Outcome, attempt: Promise<unknown>) {
  if (outcome === "allowed") await attempt;
  else await expect(attempt).rejects.toMatchObject({ code: outcome });
  // Saved searches are private: nothing goes to the audit log, allowed or not.
  expect(await db.auditEvent.count()).toBe(0);
}

const storedSearch = (id: string) => db.savedSearch.findUniqueOrThrow({ where: { id } });

describe("who may keep saved searches", () => {
  const useCases = {
    saveSearch: (actor: Actor) => saveSearch(actor, { name: "电网大模型", query: "q=大模型" }),
    listSavedSearches: (actor: Actor) => listSavedSearches(actor),
    getSaveSearchStatus: (actor: Actor) => getSaveSearchStatus(actor, { query: "q=大模型" }),
  };

  describe.each(Object.entries(useCases))("%s", (_name, call) => {
    it.each(VIEWERS)("%s", async (viewer) => {
      const actors = await createViewers();
      await expectOutcome(VENDORS_ONLY[viewer], call(actors[viewer]));
    });
  });

  const changes = {
    renameSavedSearch: (actor: Actor, id: string) => renameSavedSearch(actor, { id, name: "新名" }),
    setSavedSearchAlerts: (actor: Actor, id: string) =>
      setSavedSearchAlerts(actor, { id, alertsEnabled: false }),
    deleteSavedSearch: (actor: Actor, id: string) => deleteSavedSearch(actor, { id }),
  };

  describe.each(Object.entries(changes))("%s of the vendor's search", (_name, change) => {
    it.each(VIEWERS)("%s", async (viewer) => {
      const actors = await createViewers();
      const { id } = await saveSearch(actors.vendor, { name: "原名", query: "q=大模型" });
      const before = await storedSearch(id);
      await expectOutcome(OWN_SEARCH_ONLY[viewer], change(actors[viewer], id));
      if (OWN_SEARCH_ONLY[viewer] !== "allowed") expect(await storedSearch(id)).toEqual(before);
    });
  });

  it("shows each user only their own saved searches, colleagues included", async () => {
    const actors = await createViewers();
    await saveSearch(actors.vendor, { name: "我的搜索", query: "q=大模型" });
    expect((await listSavedSearches(actors.colleague)).items).toEqual([]);
    expect(await getSaveSearchStatus(actors.colleague, { query: "q=大模型" })).toMatchObject({
      kind: "available",
    });
    expect((await listSavedSearches(actors.vendor)).items).toHaveLength(1);
  });
});

describe("saving a search", () => {
  it("keeps the normalised state: no paging, list values sorted, defaults filled in", async () => {
    const actors = await createViewers();
    const { id, created } = await saveSearch(actors.vendor, {
      name: "  电网与金融  ",
      query:
        "?q=+大模型+&industry=power-grid,finance&capability=llm&budgetMin=100000&cursor=abc&limit=50&utm=x",
    });
    expect(created).toBe(true);
    const stored = await storedSearch(id);
    expect(stored).toMatchObject({ name: "电网与金融", alertsEnabled: true, lastNotifiedAt: null });
    expect(stored.query).toEqual({
      q: "大模型",
      industry: ["finance", "power-grid"],
      capability: ["llm"],
      region: [],
      budgetMin: 100000,
      state: "open",
      verified: false,
      sort: "relevance",
    });
    const [item] = (await listSavedSearches(actors.vendor)).items;
    expect(item!.href).toBe(
      "/?q=%E5%A4%A7%E6%A8%A1%E5%9E%8B&industry=finance&industry=power-grid&capability=llm&budgetMin=100000",
    );
  });

  it("links a search of everything open to the plain requirement list", async () => {
    const actors = await createViewers();
    await saveSearch(actors.vendor, { name: "全部", query: "limit=50" });
    const [item] = (await listSavedSearches(actors.vendor)).items;
    expect(item!.href).toBe("/");
  });

  it("refuses a state the search refuses, on the query, and keeps nothing", async () => {
    const actors = await createViewers();
    for (const [query, message] of [
      ["budgetMin=500000&budgetMax=100000", "budgetOrder"],
      ["state=someday", "invalid"],
      ["deadlineFrom=2026-02-30", "date"],
    ] as const) {
      await expect(saveSearch(actors.vendor, { name: "无效", query })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { query: [message] },
      });
    }
    expect(await db.savedSearch.count()).toBe(0);
  });

  it("requires a name of at most 60 characters", async () => {
    const actors = await createViewers();
    for (const [name, message] of [
      ["   ", "required"],
      ["名".repeat(61), "tooLong?max=60"],
    ] as const) {
      await expect(saveSearch(actors.vendor, { name, query: "q=x" })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { name: [message] },
      });
    }
    await saveSearch(actors.vendor, { name: "名".repeat(60), query: "q=x" });
  });

  it("merges the same search saved again: one entry, with the newer name", async () => {
    const actors = await createViewers();
    const first = await saveSearch(actors.vendor, {
      name: "旧名",
      query: "industry=power-grid&industry=finance",
    });
    await setSavedSearchAlerts(actors.vendor, { id: first.id, alertsEnabled: false });
    const again = await saveSearch(actors.vendor, {
      name: "新名",
      query: "industry=finance,power-grid&state=open&cursor=xyz",
    });
    expect(again).toEqual({ id: first.id, name: "新名", created: false });
    const { items } = await listSavedSearches(actors.vendor);
    expect(items).toMatchObject([{ id: first.id, name: "新名", alertsEnabled: false }]);
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES} per user; saving one of them again still works`, async () => {
    const actors = await createViewers();
    for (let n = 1; n <= MAX_SAVED_SEARCHES; n++)
      await saveSearch(actors.vendor, { name: `搜索${n}`, query: `q=词${n}` });
    await expect(
      saveSearch(actors.vendor, { name: "再多一个", query: "q=多余" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "savedSearchLimit",
      params: { max: MAX_SAVED_SEARCHES },
    });
    await saveSearch(actors.vendor, { name: "改名", query: "q=词1" });
    // The limit is each user's: a colleague still has all of theirs.
    await saveSearch(actors.colleague, { name: "同事的搜索", query: "q=多余" });
    expect(await db.savedSearch.count({ where: { name: "再多一个" } })).toBe(0);
  });

  it("does not pass the limit when two saves arrive at once", async () => {
    const actors = await createViewers();
    for (let n = 1; n < MAX_SAVED_SEARCHES; n++)
      await saveSearch(actors.vendor, { name: `搜索${n}`, query: `q=词${n}` });
    const results = await Promise.allSettled([
      saveSearch(actors.vendor, { name: "甲", query: "q=甲" }),
      saveSearch(actors.vendor, { name: "乙", query: "q=乙" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.savedSearch.count()).toBe(MAX_SAVED_SEARCHES);
  });
});

describe("managing saved searches", () => {
  it("lists them newest first with their state", async () => {
    const actors = await createViewers();
    const older = await saveSearch(actors.vendor, { name: "旧", query: "region=广东" });
    const newer = await saveSearch(actors.vendor, { name: "新", query: "verified=1&sort=budget" });
    await db.savedSearch.update({
      where: { id: older.id },
      data: { createdAt: new Date("2026-01-01T00:00:00Z") },
    });
    const { items, max } = await listSavedSearches(actors.vendor);
    expect(max).toBe(MAX_SAVED_SEARCHES);
    expect(items.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect(items[0]!.state).toMatchObject({ verified: true, sort: "budget", state: "open" });
    expect(items[1]!.href).toBe(`/?region=${encodeURIComponent("广东")}`);
  });

  it("renames, turns alerts off and on, and deletes", async () => {
    const actors = await createViewers();
    const { id } = await saveSearch(actors.vendor, { name: "原名", query: "q=视觉" });
    await renameSavedSearch(actors.vendor, { id, name: " 视觉质检 " });
    await setSavedSearchAlerts(actors.vendor, { id, alertsEnabled: false });
    expect(await storedSearch(id)).toMatchObject({ name: "视觉质检", alertsEnabled: false });
    await setSavedSearchAlerts(actors.vendor, { id, alertsEnabled: true });
    expect(await storedSearch(id)).toMatchObject({ alertsEnabled: true });
    await expect(renameSavedSearch(actors.vendor, { id, name: "" })).rejects.toMatchObject({
      code: "VALIDATION",
    });

    await deleteSavedSearch(actors.vendor, { id });
    expect(await db.savedSearch.count()).toBe(0);
    await expect(deleteSavedSearch(actors.vendor, { id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "savedSearchNotFound",
    });
  });

  it("shows a stored search the list no longer accepts without a link", async () => {
    const actors = await createViewers();
    const { id } = await saveSearch(actors.vendor, { name: "旧规则", query: "q=x" });
    await db.savedSearch.update({ where: { id }, data: { query: { state: "someday" } } });
    const [item] = (await listSavedSearches(actors.vendor)).items;
    expect(item).toMatchObject({ id, state: null, href: null });
  });
});

describe("whether the search on the page is saved", () => {
  it("is available, then saved under its name, whatever the order of the filters", async () => {
    const actors = await createViewers();
    const query = "capability=nlp&capability=llm";
    expect(await getSaveSearchStatus(actors.vendor, { query })).toMatchObject({
      kind: "available",
      state: { capability: ["llm", "nlp"] },
    });
    const { id } = await saveSearch(actors.vendor, { name: "语言模型", query });
    expect(
      await getSaveSearchStatus(actors.vendor, { query: "capability=llm,nlp&cursor=p2" }),
    ).toEqual({ kind: "saved", id, name: "语言模型" });
  });

  it("is full at the limit, and invalid for a state the search refuses", async () => {
    const actors = await createViewers();
    for (let n = 1; n <= MAX_SAVED_SEARCHES; n++)
      await saveSearch(actors.vendor, { name: `搜索${n}`, query: `q=词${n}` });
    expect(await getSaveSearchStatus(actors.vendor, { query: "q=新词" })).toEqual({
      kind: "full",
      max: MAX_SAVED_SEARCHES,
    });
    expect(await getSaveSearchStatus(actors.vendor, { query: "budgetMin=9&budgetMax=1" })).toEqual({
      kind: "invalid",
    });
  });
});
