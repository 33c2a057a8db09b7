import type { Page } from "@playwright/test";
import pg from "pg";
import { expect, test } from "./support/test";
import { openRequirementTitled, signedIn } from "./support/session";
import { DESKTOP, PHONE } from "./support/viewport";

// The whole story on 胜利油田's requirement: 深井智控 has bid (demo data), 衡矿智能 bids now;
// the deadline passes; the owner opens, names itself and its colleague as evaluators; both
// declare no conflict and score; the owner awards the second-ranked proposal (a reason is
// required), records signing and completion with a rating; each bidder sees its outcome, a
// visitor the award notice, and the winner's profile the rating.

const TITLE = "抽油机井工况智能诊断与预测性维护";
const WINNER = "衡矿智能";
const OTHER = "深井智控";
const SHOTS = process.env.SHOTS_DIR;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/**
 * Time passing: the deadline is decided by the database's clock, so the test moves the deadline
 * into the past in the e2e server's database (the one scripts/e2e-server.ts creates for this
 * port), as the clock would. Nothing else is written behind the app's back.
 */
async function passDeadline(title: string): Promise<void> {
  const url = new URL(
    process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:54331/postgres",
  );
  url.pathname = `/zhipei_e2e_${process.env.E2E_PORT ?? 3100}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE "Requirement" SET "questionDeadline" = NULL, "deadline" = now() - interval '1 minute' WHERE "title" = $1`,
      [title],
    );
    expect(rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

const openRequirement = (page: Page) => openRequirementTitled(page, TITLE);

async function openEvaluation(page: Page): Promise<void> {
  await openRequirement(page);
  await page.getByRole("link", { name: "进入开标与评标" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("开标与评标");
}

async function submitProposal(page: Page): Promise<void> {
  await openRequirement(page);
  await page
    .getByRole("region", { name: "我的投标" })
    .getByRole("link", { name: "开始投标" })
    .click();
  await page.getByLabel("方案摘要").fill("衡矿抽油机井工况诊断方案");
  await page
    .getByLabel("技术方案", { exact: true })
    .fill("## 技术路线\n\n示功图识别与电参数融合预测。");
  const responses = page.getByRole("region", { name: "逐项响应评审标准" }).getByRole("textbox");
  for (const response of await responses.all()) await response.fill("按本项要求逐条响应。");
  await page.getByLabel("总报价（元）").fill("3500000");
  await page.getByLabel("交付周期（月）").fill("6");
  await page.getByRole("button", { name: "提交投标" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已提交第 1 版" })).toBeVisible({
    timeout: 15_000,
  });
}

/** An evaluator declares no conflict, scores every proposal (vendor → points), and submits. */
async function evaluate(page: Page, points: Record<string, number>): Promise<void> {
  await openEvaluation(page);
  await page.getByRole("button", { name: "声明无利益冲突" }).click();
  for (const [vendor, score] of Object.entries(points)) {
    const form = page.getByRole("form", { name: `评分：${vendor}` });
    await expect(form).toBeVisible({ timeout: 15_000 });
    for (const field of await form.getByRole("spinbutton").all()) await field.fill(String(score));
    for (const field of await form.getByRole("textbox").all()) await field.fill(`${vendor}评语`);
    await form.getByRole("button", { name: "保存评分" }).click();
    await expect(form.getByRole("status")).toHaveText("评分已保存。", { timeout: 15_000 });
  }
  await page.getByRole("button", { name: "提交评分" }).click();
  await expect(page.getByRole("table", { name: "投标比较表" })).toBeVisible({ timeout: 15_000 });
}

test("open, evaluate, award the second-ranked with a reason, sign and complete; everyone learns the outcome", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const bidder = await signedIn(browser, "hengkuang@zhipei.demo");
  await submitProposal(bidder);
  await passDeadline(TITLE);

  const owner = await signedIn(browser, "shengli@zhipei.demo");
  await openEvaluation(owner);
  await owner.getByRole("button", { name: "开标" }).click();
  const opening = owner.getByRole("region", { name: "开标记录" });
  await expect(opening.getByRole("heading", { name: WINNER })).toBeVisible({ timeout: 15_000 });
  await expect(opening.getByRole("heading", { name: OTHER })).toBeVisible();
  await expect(opening).not.toContainText("创新奇智"); // its proposal is a draft
  await expect(opening.getByText(/^[0-9a-f]{64}$/)).toHaveCount(2);

  const appoint = owner.getByRole("form", { name: "指定评委" });
  await appoint.getByRole("checkbox", { name: /孙建国/ }).check();
  await appoint.getByRole("checkbox", { name: /赵文博/ }).check();
  await appoint.getByRole("button", { name: "指定为评委" }).click();
  await expect(owner.getByRole("button", { name: "声明无利益冲突" })).toBeVisible({
    timeout: 15_000,
  });

  await evaluate(owner, { [OTHER]: 90, [WINNER]: 60 });
  const colleague = await signedIn(browser, "shengli-geo@zhipei.demo");
  await evaluate(colleague, { [OTHER]: 80, [WINNER]: 70 });

  await owner.reload();
  const table = owner.getByRole("table", { name: "投标比较表" });
  await expect(table.getByRole("row", { name: new RegExp(WINNER) })).toContainText("2");
  const sheet = await owner.request.get(
    (await owner.getByRole("link", { name: "Excel（中文）" }).getAttribute("href"))!,
  );
  expect(sheet.headers()["content-type"]).toContain("spreadsheetml");
  if (SHOTS) {
    for (const [name, size] of [
      ["zh-desktop", DESKTOP],
      ["zh-phone", PHONE],
    ] as const) {
      await owner.setViewportSize(size);
      await owner.screenshot({ path: `${SHOTS}/evaluation-${name}.png`, fullPage: true });
    }
    await owner.setViewportSize(DESKTOP);
  }

  const award = owner.getByRole("form", { name: "授予中标" });
  await award.getByRole("radio", { name: new RegExp(WINNER) }).check();
  await award.getByLabel("向投标方公开其自己的得分和排名").check();
  await award.getByRole("button", { name: "定标" }).click();
  await expect(award.getByLabel("定标理由")).toHaveAccessibleDescription(
    /授予的不是排名第一的投标，请填写理由/,
    { timeout: 15_000 },
  );
  await award.getByLabel("定标理由").fill("衡矿智能交付周期最短，且已在同类油田完成试点。");
  await award.getByRole("button", { name: "定标" }).click();
  await expect(owner.getByRole("form", { name: "授予中标" })).toHaveCount(0, { timeout: 15_000 });

  await openRequirement(owner);
  const signing = owner.getByRole("form", { name: "签约登记" });
  await signing.getByLabel("合同编号").fill("SL-E2E-0001");
  await signing.getByLabel("合同金额（元）").fill("3500000");
  await signing.getByLabel("签约日期").fill("2026-11-20");
  await signing
    .getByLabel("已签署的合同文件")
    .setInputFiles({ name: "合同.pdf", mimeType: "application/pdf", buffer: PDF });
  await signing.getByRole("button", { name: "登记签约" }).click();
  const completion = owner.getByRole("form", { name: "验收与评价" });
  await completion.getByLabel("验收意见").fill("两个管理区试点验收通过。", { timeout: 15_000 });
  await completion.getByLabel("供应商评分（1–5 分）").selectOption("4");
  await completion.getByLabel("评价（选填）").fill("衡矿现场响应及时，诊断准确。");
  await completion.getByRole("button", { name: "确认验收" }).click();
  await expect(owner.getByRole("region", { name: "合同" })).toContainText("评分 4 分", {
    timeout: 15_000,
  });

  await bidder.goto("/workspace/proposals");
  const won = bidder.getByRole("listitem").filter({ hasText: TITLE });
  await expect(won.getByText("中标", { exact: true })).toBeVisible();
  await expect(won).toContainText("排名第 2");
  const lost = await signedIn(browser, "deepwell@zhipei.demo");
  await lost.goto("/workspace/proposals");
  await expect(
    lost.getByRole("listitem").filter({ hasText: TITLE }).getByText("未中标", { exact: true }),
  ).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await openRequirement(visitor);
  const notice = visitor.getByRole("region", { name: "中标结果公示" });
  await notice.getByRole("link", { name: WINNER }).click();
  await expect(visitor.getByRole("region", { name: "平台履约记录" })).toContainText(
    "衡矿现场响应及时，诊断准确。",
  );

  if (SHOTS) {
    const evaluationPath = new URL(owner.url()).pathname + "/evaluation";
    const english = await signedIn(browser, "shengli@zhipei.demo");
    await english.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: owner.url() }]);
    await english.setViewportSize(PHONE);
    await english.goto(evaluationPath);
    await english.screenshot({ path: `${SHOTS}/evaluation-en-phone.png`, fullPage: true });
  }
});
