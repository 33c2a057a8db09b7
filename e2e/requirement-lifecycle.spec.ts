import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signIn } from "./support/session";
import {
  SPEC_PDF,
  fillNewRequirement,
  saveDraft,
  submitForReview,
} from "./support/requirement-editor";

// Issue 4's acceptance path: an enterprise drafts a requirement with an attachment and submits
// it; an admin requests changes; the enterprise fixes it and resubmits; the admin approves; a
// visitor finds it on the list; a signed-in vendor downloads the attachment; the visitor cannot.

const title = `配网计量装置智能诊断 ${Date.now()}`;
const reason = "请补充现有计量数据的规模与接口说明。";

async function decide(admin: Page, button: string, confirm: string, why?: string) {
  await admin.goto("/admin/requirements");
  const card = admin.getByRole("article").filter({ hasText: title });
  await card.getByRole("button", { name: button }).click();
  if (why) await card.getByRole("form", { name: button }).getByLabel("原因").fill(why);
  await card.getByRole("button", { name: confirm }).click();
  await expect(admin.getByRole("article").filter({ hasText: title })).toHaveCount(0);
}

test("a requirement goes from draft through review to a vendor's download", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "csg@zhipei.demo");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "发布新需求" }).first().click();
  await fillNewRequirement(page, title);
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/dashboard\/requirements\/[^/]+\/edit/);
  const editUrl = page.url().replace(/\?.*$/, "");

  await page.getByLabel("选择文件").setInputFiles(SPEC_PDF);
  await page.getByRole("button", { name: "上传附件" }).click();
  await expect(page.getByRole("link", { name: SPEC_PDF.name })).toBeVisible();
  await submitForReview(page);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@zhipei.demo");
  await decide(admin, "退回修改", "确认退回修改", reason);

  await page.goto(editUrl);
  await expect(page.getByRole("region", { name: "平台审核意见" })).toContainText(reason);
  await page.getByLabel("可提供的数据（选填）").fill("近三年 1.2 亿条计量数据，脱敏后提供。");
  await saveDraft(page);
  await submitForReview(page);

  await decide(admin, "通过并发布", "确认发布");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByRole("link", { name: SPEC_PDF.name })).toHaveCount(0);
  const requirementUrl = visitor.url();

  const vendor = await (await browser.newContext()).newPage();
  await signIn(vendor, "damo@zhipei.demo");
  await vendor.goto(requirementUrl);
  const download = vendor.waitForEvent("download");
  await vendor.getByRole("link", { name: SPEC_PDF.name }).click();
  expect((await download).suggestedFilename()).toBe(SPEC_PDF.name);

  const href = await vendor.getByRole("link", { name: SPEC_PDF.name }).getAttribute("href");
  expect((await visitor.request.get(href!)).status()).toBe(404);
});
