import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { CSG_TITLE } from "./support/pages";
import { signIn } from "./support/session";

// Copy tells the truth: until a feature exists (saved-search alerts still do not), no page offers
// or promises it; what does exist is described as it is, e.g. vendor recommendations (推荐供应商)
// and invited-only visibility since matching (issue 13).

async function expectNoneOf(page: Page, phrases: (string | RegExp)[]): Promise<void> {
  const text = await page.locator("body").innerText();
  for (const phrase of phrases) expect(text, String(phrase)).not.toMatch(phrase);
}

test("visitors are promised only what exists: home, requirement page, API docs", async ({
  page,
}) => {
  await page.goto("/");
  await expectNoneOf(page, ["答疑", "密封投标"]);
  await page.getByRole("link", { name: CSG_TITLE }).click();
  // The details callout promises the details; the clarifications have a section (and prompt) of their own.
  const callout = page.getByText("登录后可查看需求详情");
  await expect(callout).toBeVisible();
  await expect(callout).not.toContainText("答疑");
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoneOf(page, ["写入接口尚未开放"]);
  await expect(page.getByText(/提问、回复和发布澄清等写入接口需要读写/)).toBeVisible();
});

test("a vendor is not offered proposals or alerts", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "damo@zhipei.demo");
  await page.goto("/dashboard");
  await expectNoneOf(page, ["提交方案"]);

  await page.goto("/?q=%E8%B4%9F%E8%8D%B7%E9%A2%84%E6%B5%8B");
  await page.getByRole("button", { name: "保存此搜索" }).click();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText(/已保存为/)).toBeVisible();
  await page.goto("/workspace/saved-searches");
  await expect(page.getByRole("listitem").filter({ hasText: "负荷预测" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "新需求提醒" })).toHaveCount(0);
  await expectNoneOf(page, ["提醒", "通知您"]);
});

test("the editor offers invited-only visibility and promises recommendations, which exist", async ({
  page,
}) => {
  await signIn(page, "csg@zhipei.demo");
  await page.goto("/dashboard/requirements/new");
  const visibility = page.getByRole("group", { name: "可见范围" });
  await expect(visibility.getByRole("radio")).toHaveCount(2);
  await expect(visibility.getByRole("radio", { name: /公开/ })).toBeVisible();
  await expect(visibility.getByRole("radio", { name: /仅受邀供应商/ })).toBeVisible();
  await expect(page.getByText("平台也据此向您推荐供应商")).toBeVisible();
});
