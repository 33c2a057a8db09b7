import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as apiList } from "@/app/api/v1/requirements/route";
import { GET as apiDetail } from "@/app/api/v1/requirements/[id]/route";
import { visitor, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { listBookmarks } from "@/lib/domain/bookmarks/list-bookmarks";
import { getMarketplaceStats } from "@/lib/domain/marketplace/get-marketplace-stats";
import { listOrganizationRequirements } from "@/lib/domain/requirements/authoring/list-organization-requirements";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { countRequirements } from "@/lib/domain/requirements/search/count-requirements";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { approveRequirement } from "@/lib/domain/requirements/transitions/approve-requirement";
import { closeAtDeadline } from "@/lib/domain/requirements/transitions/close-at-deadline";
import { lockOpenRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { submitRequirement } from "@/lib/domain/requirements/transitions/submit-requirement";
import { runCli } from "@/scripts/cli/run-cli";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { requirementIn } from "@/tests/helpers/requirement-transitions";
import { searchableRequirement } from "@/tests/helpers/search";

setUpTestDatabase();
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-1";

// "Open for proposals" is decided by the database's clock, for every reader and writer. To tell
// that clock from the application's, this process's clock is set an hour off the database's, and
// the deadline falls between the two: each reader and writer must side with the database.

const HOUR = 3600 * 1000;
const TITLE = "配电网故障定位模型";
const JOB: Actor = { kind: "system", name: "job" };

afterEach(() => {
  vi.useRealTimers();
});

/** Moves this process's clock `offset` ms away from the database's; returns the database's now. */
async function skewAppClock(offset: number): Promise<Date> {
  const now = await databaseNow();
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(now.getTime() + offset);
  return now;
}

/** A published requirement due at `deadline`, its enterprise's owner, a vendor who bookmarked it. */
async function marketWith(deadline: Date) {
  const enterprise = await createOrganization();
  const owner = await createUser({ orgId: enterprise.id, role: "OWNER" });
  const vendor = await createUser({
    orgId: (await createOrganization({ kind: "VENDOR" })).id,
    role: "MEMBER",
  });
  const admin = await createUser({ isAdmin: true });
  const requirement = await searchableRequirement({ orgId: enterprise.id, title: TITLE, deadline });
  await db.bookmark.create({ data: { userId: vendor.user.id, requirementId: requirement.id } });
  return { id: requirement.id, orgId: enterprise.id, owner, vendor, admin, deadline };
}

type Market = Awaited<ReturnType<typeof marketWith>>;

const api = async (handler: typeof apiList, path: string, params: Record<string, string> = {}) =>
  (
    await handler(new NextRequest(new URL(path, "http://localhost:3000")), {
      params: Promise.resolve(params),
    })
  ).json();

async function cliSearch(query: string): Promise<{ key: string }[]> {
  let stdout = "";
  await runCli(["search", query, "--json"], {
    out: (text) => void (stdout += text),
    err: () => {},
  });
  return JSON.parse(stdout).items;
}

/** Whether each reader shows the requirement open (true) or under evaluation (false). */
async function readersSayOpen(market: Market): Promise<Record<string, boolean>> {
  const { id } = market;
  const found = (items: { id: string }[]) => items.some((item) => item.id === id);
  const dashboard = await listOrganizationRequirements(market.owner.actor, { orgId: market.orgId });
  const inDashboard = dashboard.groups.flatMap((group) => group.requirements);
  const bookmarks = await listBookmarks(market.vendor.actor, {});
  return {
    page: (await getRequirement(visitor, id)).status === "PUBLISHED",
    search: found((await searchRequirements(visitor, { q: TITLE })).items),
    searchEvaluating: !found((await searchRequirements(visitor, { state: "evaluating" })).items),
    count: (await countRequirements(visitor, {})).value === 1,
    api: (await api(apiDetail, `/api/v1/requirements/${id}`, { id })).status === "PUBLISHED",
    apiList: found((await api(apiList, "/api/v1/requirements")).items),
    cli: (await cliSearch(TITLE)).some((item) => item.key === id),
    dashboard: inDashboard.find((row) => row.id === id)?.status === "PUBLISHED",
    dashboardCount: dashboard.counts.PUBLISHED === 1 && dashboard.counts.EVALUATING === 0,
    bookmarks: bookmarks.items[0]?.requirement.status === "PUBLISHED",
    home: (await getMarketplaceStats(visitor)).openRequirements === 1,
  };
}

const everyReader = (open: boolean) =>
  Object.fromEntries(
    [
      "page",
      "search",
      "searchEvaluating",
      "count",
      "api",
      "apiList",
      "cli",
      "dashboard",
      "dashboardCount",
      "bookmarks",
      "home",
    ].map((reader) => [reader, open]),
  );

/** A draft and a requirement under review, due at the same deadline, for the writers. */
async function pendingWriters(market: Market) {
  const draft = await requirementIn(market.orgId, "DRAFT", { deadline: market.deadline });
  const review = await requirementIn(market.orgId, "PENDING_REVIEW", { deadline: market.deadline });
  return {
    submit: () => submitRequirement(market.owner.actor, { requirementId: draft.id }),
    approve: () => approveRequirement(market.admin.actor, { requirementId: review.id }),
  };
}

describe("one clock: the database's", () => {
  it("closes a requirement whose deadline the database has passed, though this process's clock has not", async () => {
    const dbNow = await skewAppClock(-HOUR);
    const market = await marketWith(new Date(dbNow.getTime() - HOUR / 2));
    expect(Date.now()).toBeLessThan(market.deadline.getTime());

    expect(await readersSayOpen(market)).toEqual(everyReader(false));

    const writers = await pendingWriters(market);
    await expect(db.$transaction((tx) => lockOpenRequirement(tx, market.id))).rejects.toMatchObject(
      { code: "DEADLINE_PASSED" },
    );
    await expect(writers.submit()).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await expect(writers.approve()).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    expect((await closeAtDeadline(JOB)).closed).toEqual([market.id]);
  });

  it("keeps open a requirement whose deadline the database has not reached, though this process's clock has", async () => {
    const dbNow = await skewAppClock(HOUR);
    const market = await marketWith(new Date(dbNow.getTime() + HOUR / 2));
    expect(Date.now()).toBeGreaterThan(market.deadline.getTime());

    expect(await readersSayOpen(market)).toEqual(everyReader(true));

    const writers = await pendingWriters(market);
    await expect(
      db.$transaction((tx) => lockOpenRequirement(tx, market.id)),
    ).resolves.toMatchObject({ id: market.id, status: "PUBLISHED" });
    await expect(writers.submit()).resolves.toMatchObject({ status: "PENDING_REVIEW" });
    await expect(writers.approve()).resolves.toMatchObject({ status: "PUBLISHED" });
    expect((await closeAtDeadline(JOB)).closed).toEqual([]);
  });
});
