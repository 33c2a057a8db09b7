import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signIn, signedIn } from "./support/session";

// Issue 13's acceptance path: the enterprise opens 推荐供应商 on its INVITED requirement and
// invites a recommended vendor with a message; the vendor finds the invitation unread, opens the
// requirement, and the enterprise sees it viewed; a vendor it did not invite is told "not found".
// And the vendor's 为您推荐 feed forgets what it marked 不感兴趣, also after a reload.

const TITLE = "民机适航技术文档智能检索与知识图谱";
const ENTERPRISE = "comac@zhipei.demo";
const MESSAGE = "贵司的文档智能经验与本项目契合，诚邀参与投标。";
/** Vendors the demo already invited to it (prisma/seed/data/demo-activity.json). */
const DEMO_INVITED = new Set(["datagrand", "zhipu-ai", "mininglamp"]);

interface DemoData {
  organizations: { key: string; name: string; kind: string }[];
}
interface DemoActivity {
  users: { email: string; org: string; role: string }[];
}
const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../prisma/seed/data/${file}`, import.meta.url), "utf8")) as T;

/** The demo vendors' owners' sign-in addresses, by the vendor's name. */
function vendorOwnersByName(): Map<string, { key: string; email: string }> {
  const owners = new Map(
    readJson<DemoActivity>("demo-activity.json")
      .users.filter((user) => user.role === "OWNER")
      .map((user) => [user.org, user.email]),
  );
  const byName = new Map<string, { key: string; email: string }>();
  for (const org of readJson<DemoData>("marketplace.json").organizations) {
    if (org.kind !== "VENDOR") continue;
    const email = owners.get(org.key);
    if (email) byName.set(org.name, { key: org.key, email });
  }
  return byName;
}

const recommendations = (page: Page) =>
  page
    .getByRole("region", { name: "推荐供应商" })
    .locator('ol[aria-labelledby="recommended-vendors"] > li');

/** The first recommended vendor the enterprise may still invite, and its item. */
async function firstInvitable(page: Page): Promise<{ item: Locator; name: string }> {
  const items = recommendations(page);
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    if ((await item.getByText("邀请投标", { exact: true }).count()) === 0) continue;
    const name = (await item.getByRole("link").first().innerText()).trim();
    return { item, name };
  }
  throw new Error("no recommended vendor left to invite");
}

test("the enterprise invites a recommended vendor to an INVITED requirement, which only invitees see", async ({
  page: enterprise,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(enterprise, ENTERPRISE);
  await enterprise.goto("/dashboard");
  await enterprise.getByRole("link", { name: TITLE }).click();
  await expect(enterprise.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const requirementUrl = enterprise.url();

  const panel = enterprise.getByRole("region", { name: "推荐供应商" });
  await expect(recommendations(enterprise).first().getByRole("list")).not.toBeEmpty();
  const { item, name } = await firstInvitable(enterprise);
  const vendor = vendorOwnersByName().get(name);
  expect(vendor, `a demo owner of ${name}`).toBeDefined();
  await item.getByText("邀请投标", { exact: true }).click();
  const form = item.getByRole("form", { name: `邀请 ${name} 投标` });
  await form.getByLabel("附言（选填）").fill(MESSAGE);
  await form.getByRole("button", { name: "发送邀请" }).click();
  await expect(item.getByText("已邀请", { exact: true })).toBeVisible({ timeout: 15_000 });
  const invited = panel.getByRole("region", { name: "已邀请的供应商" });
  const invitedRow = invited.getByRole("listitem").filter({ hasText: name });
  await expect(invitedRow).toContainText("尚未查看");

  const invitee = await signedIn(browser, vendor!.email);
  await invitee.goto("/workspace/invitations");
  const invitation = invitee
    .getByRole("list", { name: "投标邀请" })
    .getByRole("listitem")
    .filter({ hasText: TITLE });
  await expect(invitation).toContainText("未读");
  await expect(invitation).toContainText(MESSAGE);
  await invitation.getByRole("link", { name: TITLE }).click();
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await invitee.goto("/workspace/invitations");
  await expect(
    invitee
      .getByRole("list", { name: "投标邀请" })
      .getByRole("listitem")
      .filter({ hasText: TITLE }),
  ).toContainText("已读");

  await enterprise.reload();
  await expect(invitedRow).toContainText("已查看");

  const strangerEmail = [...vendorOwnersByName().values()].find(
    (other) => other.key !== vendor!.key && !DEMO_INVITED.has(other.key),
  )!.email;
  const stranger = await signedIn(browser, strangerEmail);
  const response = await stranger.goto(requirementUrl);
  expect(response?.status()).toBe(404);
});

test("不感兴趣 hides a recommendation from the vendor's feed, also after a reload", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "yueliang@zhipei.demo");
  await page.goto("/workspace");
  const feed = page.getByRole("list", { name: "为您推荐" });
  const first = feed.getByRole("listitem").first();
  const title = (await first.getByRole("link").first().innerText()).trim();
  await expect(first.getByRole("list")).not.toBeEmpty();
  await first.getByRole("button", { name: `不感兴趣：${title}` }).click();
  await expect(feed.getByRole("link", { name: title, exact: true })).toHaveCount(0, {
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByRole("list", { name: "为您推荐" })).toBeVisible();
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
});
