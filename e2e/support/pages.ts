import { readdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";

// The pages of the app each role can open, and how to reach them: one list for every spec that
// walks them all (e2e/every-page.spec.ts, e2e/proposal-leak-walk.spec.ts).

export const CSG_TITLE = "人工智能驱动的电能量数据创新应用技术研究";

export type Role = "visitor" | "vendor" | "enterprise" | "admin";
export const ACCOUNTS: Record<Exclude<Role, "visitor">, string> = {
  vendor: "damo@zhipei.demo",
  enterprise: "csg@zhipei.demo",
  admin: "admin@zhipei.demo",
};

/** A page: its route as app/ names it, and how to reach it (a path, or links followed there). */
export interface PageVisit {
  route: string;
  open: string | ((page: Page) => Promise<void>);
}

async function followFirst(
  page: Page,
  from: string,
  link: string | ((page: Page) => Locator),
): Promise<void> {
  await page.goto(from);
  await (typeof link === "string" ? page.locator(link) : link(page)).first().click();
  await page.waitForURL((url) => url.pathname !== new URL(from, url).pathname);
}

export const openRequirement = (page: Page) =>
  followFirst(page, "/", (at) => at.getByRole("link", { name: CSG_TITLE }));

const PUBLIC_PAGES: PageVisit[] = [
  { route: "/", open: "/" },
  { route: "/", open: "/?q=负荷预测&industry=power-grid" },
  { route: "/requirements", open: "/requirements" },
  { route: "/requirements/[id]", open: openRequirement },
  {
    route: "/enterprises/[id]",
    open: async (page) => {
      await openRequirement(page);
      await page.locator('main a[href^="/enterprises/"]').first().click();
      await page.waitForURL(/\/enterprises\//);
    },
  },
  { route: "/vendors", open: "/vendors" },
  {
    route: "/vendors/[id]",
    open: (page) => followFirst(page, "/vendors", 'main a[href^="/vendors/"]'),
  },
  { route: "/api-docs", open: "/api-docs" },
  { route: "/terms", open: "/terms" },
  { route: "/privacy", open: "/privacy" },
  { route: "/invitations/[token]", open: "/invitations/no-such-invitation" },
  { route: "/unsubscribe", open: "/unsubscribe?token=not-a-token" },
  { route: "not-found", open: "/no-such-page" },
  // Served only to `npm run bench:pages` (BENCH_REFERENCE_PAGE=1); here it is "not found".
  { route: "/bench-reference", open: "/bench-reference" },
];

const VISITOR_PAGES: PageVisit[] = [
  ...PUBLIC_PAGES,
  { route: "/sign-in", open: "/sign-in" },
  { route: "/sign-up", open: "/sign-up" },
  { route: "/forgot-password", open: "/forgot-password" },
  { route: "/check-email", open: "/check-email" },
  { route: "/reset-password", open: "/reset-password?token=not-a-token" },
  { route: "/unlock-sign-in", open: "/unlock-sign-in?token=not-a-token" },
  { route: "/verify-email", open: "/verify-email?token=not-a-token" },
  { route: "/confirm-email-change", open: "/confirm-email-change?token=not-a-token" },
];

const MEMBER_PAGES: PageVisit[] = [
  { route: "/organization", open: "/organization" },
  { route: "/organization/members", open: "/organization/members" },
  { route: "/organization/verification", open: "/organization/verification" },
  { route: "/account", open: "/account" },
  { route: "/account/tokens", open: "/account/tokens" },
  { route: "/account/notifications", open: "/account/notifications" },
  { route: "/notifications", open: "/notifications" },
];

export const PAGES: Record<Role, PageVisit[]> = {
  visitor: VISITOR_PAGES,
  vendor: [
    ...PUBLIC_PAGES,
    ...MEMBER_PAGES,
    { route: "/workspace", open: "/workspace" },
    { route: "/workspace/bookmarks", open: "/workspace/bookmarks" },
    { route: "/workspace/saved-searches", open: "/workspace/saved-searches" },
    { route: "/workspace/proposals", open: "/workspace/proposals" },
    { route: "/workspace/invitations", open: "/workspace/invitations" },
    {
      route: "/requirements/[id]/proposal",
      open: async (page) => {
        await openRequirement(page);
        await page.goto(`${new URL(page.url()).pathname}/proposal`);
      },
    },
  ],
  enterprise: [
    ...PUBLIC_PAGES,
    ...MEMBER_PAGES,
    { route: "/dashboard", open: "/dashboard" },
    { route: "/dashboard/requirements/new", open: "/dashboard/requirements/new" },
    { route: "/dashboard/questions", open: "/dashboard/questions" },
    {
      // A completed requirement: the contract panel with the acceptance and rating.
      route: "/requirements/[id]",
      open: (page) =>
        followFirst(page, "/dashboard?status=COMPLETED", 'main a[href^="/requirements/"]'),
    },
    {
      // The completed requirement (opened and scored): the opening record and the comparison table.
      route: "/requirements/[id]/evaluation",
      open: async (page) => {
        await followFirst(page, "/dashboard?status=COMPLETED", 'main a[href^="/requirements/"]');
        await page.goto(`${new URL(page.url()).pathname}/evaluation`);
      },
    },
    {
      route: "/dashboard/requirements/[id]/edit",
      open: (page) => followFirst(page, "/dashboard?status=DRAFT", 'main a[href$="/edit"]'),
    },
  ],
  admin: [
    ...PUBLIC_PAGES,
    { route: "/account", open: "/account" },
    { route: "/account/notifications", open: "/account/notifications" },
    { route: "/notifications", open: "/notifications" },
    { route: "/admin", open: "/admin" },
    { route: "/admin/requirements", open: "/admin/requirements" },
    { route: "/admin/reports", open: "/admin/reports" },
    { route: "/admin/verifications", open: "/admin/verifications" },
    { route: "/admin/users", open: "/admin/users" },
    { route: "/admin/organizations", open: "/admin/organizations" },
    { route: "/admin/mail", open: "/admin/mail" },
    { route: "/admin/jobs", open: "/admin/jobs" },
  ],
};

/** The routes of app/: each folder with a page.tsx (route groups like (auth) add no segment). */
export function appRoutes(dir = "app", segments: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.name === "page.tsx")
    ? [`/${segments.filter((s) => !s.startsWith("(")).join("/")}`]
    : [];
  return [
    ...here,
    ...entries
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => appRoutes(path.join(dir, entry.name), [...segments, entry.name])),
  ];
}
