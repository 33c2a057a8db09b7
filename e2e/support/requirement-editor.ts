import { expect, type Page } from "@playwright/test";

/** A small but real PDF, as an enterprise would attach a specification. */
export const SPEC_PDF = {
  name: "需求说明书.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(
    "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  ),
};

/** Fills the editor's required fields (new drafts start with criteria adding up to 100). */
export async function fillNewRequirement(page: Page, title: string): Promise<void> {
  await page.getByLabel("需求名称").fill(title);
  await page
    .getByLabel("需求概述")
    .fill("运用多模态大模型实现计量装置故障预警，提升电能量数据质量。");
  await page.getByLabel("所属行业").selectOption("power-grid");
  await page.getByLabel("多模态大模型").check();
  await page.getByLabel("异常检测与故障预警").check();
  await page.getByLabel("投标截止时间").fill("2030-06-30T17:00");
  await page.getByLabel(/需求详情/).fill("## 现状\n\n计量运维以人工巡检为主。");
  await expect(page.getByText(/权重合计：100/)).toBeVisible();
}

/** Saves the draft and waits until the editor confirms it. */
export async function saveDraft(page: Page): Promise<void> {
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存")).toBeVisible();
}

export async function submitForReview(page: Page): Promise<void> {
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page).toHaveURL(/\/dashboard\?submitted=1/);
}
