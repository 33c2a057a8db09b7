import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { openRequirementTitled, signedIn } from "./support/session";
import { DESKTOP, PHONE, expectNoHorizontalOverflow } from "./support/viewport";

// Two vendors bid on a requirement nobody has bid on yet; one revises and keeps its receipt; the
// enterprise learns how many proposals there are and nothing else (开标前保密).

const TITLE = "动车组转向架关键部件智能视觉检测";
const SHOTS = process.env.SHOTS_DIR;

const openRequirement = (page: Page) => openRequirementTitled(page, TITLE);

async function submitProposal(page: Page, proposal: { summary: string; price: string }) {
  await openRequirement(page);
  await page
    .getByRole("region", { name: "我的投标" })
    .getByRole("link", { name: "开始投标" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await page.getByLabel("方案摘要").fill(proposal.summary);
  await page
    .getByLabel("技术方案")
    .fill("## 技术路线\n\n多视角成像 + 缺陷检测模型，部署于检修库。");
  const responses = page.getByRole("region", { name: "逐项响应评审标准" }).getByRole("textbox");
  for (const response of await responses.all()) await response.fill("按本项要求逐条响应。");
  await page.getByLabel("总报价（元）").fill(proposal.price);
  await page.getByLabel("交付周期（月）").fill("8");
  await page.getByRole("button", { name: "提交投标" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已提交第 1 版" })).toBeVisible({
    timeout: 15_000,
  });
}

test("two vendors submit, one revises and downloads its receipt; the enterprise sees the count only", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const sensetime = await signedIn(browser, "sensetime@zhipei.demo");
  await submitProposal(sensetime, { summary: "商汤转向架视觉检测方案", price: "4200000" });

  const megvii = await signedIn(browser, "megvii@zhipei.demo");
  await submitProposal(megvii, { summary: "旷视转向架缺陷识别方案", price: "3900000" });
  await megvii.reload();
  await megvii.getByLabel("总报价（元）").fill("3700000");
  await megvii.getByRole("button", { name: "提交修订" }).click();
  await expect(megvii.getByRole("status").filter({ hasText: "已提交第 2 版" })).toBeVisible({
    timeout: 15_000,
  });
  await megvii.reload();
  const history = megvii.getByRole("region", { name: "提交记录" });
  await expect(history.getByRole("heading", { name: "第 2 版" })).toBeVisible();
  await expect(history).toContainText("修改：报价");
  const [download] = await Promise.all([
    megvii.waitForEvent("download"),
    history.getByRole("link", { name: "下载回执" }).first().click(),
  ]);
  const receipt = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(receipt).toMatchObject({ version: 2, priceCny: 3_700_000 });
  expect(receipt.digest.value).toMatch(/^[0-9a-f]{64}$/);
  if (SHOTS) {
    for (const [name, size] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      await megvii.setViewportSize(size);
      await megvii.screenshot({ path: `${SHOTS}/proposal-editor-${name}.png`, fullPage: true });
    }
    await expectNoHorizontalOverflow(megvii);
  }
  await megvii.goto("/workspace/proposals");
  await expect(megvii.getByRole("list", { name: "我的投标" })).toContainText(TITLE);

  const crrc = await signedIn(browser, "crrc@zhipei.demo");
  await openRequirement(crrc);
  await expect(crrc.getByRole("region", { name: "投标情况" })).toContainText("2 份投标");
  const page = await crrc.content();
  for (const price of ["4200000", "3700000", "420万", "370万"]) {
    expect(page, price).not.toContain(price);
  }
  // 推荐供应商 and 相似需求 (with other requirements' winners) name vendors whether or not they
  // bid here (they read no proposal of it: the leak walk proves that over every page's HTML and
  // RSC payload); the rest of the page must not name the bidders.
  const beyondRecommendations = await crrc.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(
        '[aria-labelledby="recommended-vendors"], [aria-labelledby="similar-requirements"]',
      )
      .forEach((panel) => panel.remove());
    copy.querySelectorAll("script").forEach((script) => script.remove());
    return copy.innerHTML;
  });
  for (const bidder of ["商汤", "旷视", "SenseTime", "Megvii"]) {
    expect(beyondRecommendations, bidder).not.toContain(bidder);
  }
  if (SHOTS) await crrc.screenshot({ path: `${SHOTS}/requirement-count.png`, fullPage: true });
});
