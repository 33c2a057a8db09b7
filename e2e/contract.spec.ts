import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signIn } from "./support/session";

// Baowu's requirement, awarded to AInnovation in the demo data: Baowu records the signed
// contract, then the acceptance with a rating; AInnovation's public profile shows the rating.

const TITLE = "冷轧带钢表面缺陷在线视觉检测升级";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function openRequirement(page: Page): Promise<void> {
  await page.goto("/dashboard?status=AWARDED");
  await page.getByRole("link", { name: TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
}

test("the enterprise records signing and completion with a rating; the vendor's profile shows it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "baowu@zhipei.demo");
  await openRequirement(page);

  const signing = page.getByRole("form", { name: "签约登记" });
  await signing.getByLabel("合同编号").fill("BW-E2E-0001");
  await signing.getByLabel("合同金额（元）").fill("2980000");
  await signing.getByLabel("签约日期").fill("2026-11-20");
  await signing
    .getByLabel("已签署的合同文件")
    .setInputFiles({ name: "合同.pdf", mimeType: "application/pdf", buffer: PDF });
  await signing.getByRole("button", { name: "登记签约" }).click();
  const contract = page.getByRole("region", { name: "合同" });
  await expect(contract).toContainText("合同编号 BW-E2E-0001", { timeout: 15_000 });

  const completion = page.getByRole("form", { name: "验收与评价" });
  await completion.getByLabel("验收意见").fill("产线升级验收通过，微小缺陷检出率 98.6%。");
  await completion.getByLabel("供应商评分（1–5 分）").selectOption("5");
  await completion.getByLabel("评价（选填）").fill("现场部署高效，模型迭代及时。");
  await completion.getByRole("button", { name: "确认验收" }).click();
  await expect(contract).toContainText("评分 5 分", { timeout: 15_000 });
  await expect(page.getByRole("form", { name: "验收与评价" })).toHaveCount(0);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/vendors");
  await visitor.getByRole("link", { name: "创新奇智" }).first().click();
  const record = visitor.getByRole("region", { name: "平台履约记录" });
  await expect(record).toContainText("现场部署高效，模型迭代及时。");
  await expect(record.getByRole("link", { name: TITLE })).toBeVisible();
});
