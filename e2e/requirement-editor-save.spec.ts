import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signIn } from "./support/session";
import { fillNewRequirement, saveDraft, submitForReview } from "./support/requirement-editor";

// A saved draft is saved: whatever kind of field was changed, after 保存草稿 the editor is clean
// (no unsaved-changes note, 提交审核 enabled, leaving does not ask) without a reload.

const CHANGES: { kind: string; change: (page: Page) => Promise<unknown> }[] = [
  { kind: "text", change: (page) => page.getByLabel("需求名称").fill("改过的需求名称") },
  { kind: "textarea", change: (page) => page.getByLabel(/项目背景/).fill("第一行\n第二行") },
  { kind: "select", change: (page) => page.getByLabel(/实施地区/).selectOption("广东") },
  {
    kind: "multi-select left with one item",
    change: (page) => page.getByLabel("异常检测与故障预警").uncheck(),
  },
  { kind: "checkbox", change: (page) => page.getByLabel("信创要求").check() },
  { kind: "date", change: (page) => page.getByLabel(/预计启动日期/).fill("2030-09-01") },
  { kind: "number", change: (page) => page.getByLabel(/预计工期/).fill("6") },
  {
    kind: "criteria",
    change: async (page) => {
      const first = page.getByRole("group", { name: "评审项 1" });
      await first.getByLabel(/评审说明/).fill("架构合理、指标可验证");
    },
  },
];

async function newDraft(page: Page, title: string): Promise<void> {
  await page.goto("/dashboard/requirements/new");
  await fillNewRequirement(page, title);
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/edit/);
}

for (const { kind, change } of CHANGES) {
  test(`a ${kind} field: saved, then submitted for review without a reload`, async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, "csg@zhipei.demo");
    await newDraft(page, `保存后提交（${kind}）${Date.now()}`);
    await change(page);
    await expect(page.getByText("有未保存的更改", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "提交审核" })).toBeDisabled();

    await saveDraft(page);
    await expect(page.getByText("有未保存的更改", { exact: true })).toBeHidden();
    await submitForReview(page);
  });
}

test("after saving one capability, leaving the editor does not ask", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "csg@zhipei.demo");
  await newDraft(page, `单项能力离开 ${Date.now()}`);
  await page.getByLabel("异常检测与故障预警").uncheck();
  await saveDraft(page);
  let asked = false;
  page.on("dialog", async (dialog) => {
    asked = true;
    await dialog.dismiss();
  });
  await page.getByRole("link", { name: /返回工作台/ }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(asked).toBe(false);
});
