import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { CSG_TITLE } from "./support/pages";
import { signIn } from "./support/session";
import { fillNewRequirement } from "./support/requirement-editor";

// Nothing the enterprise writes is silently dropped: every field of the editor is on the
// requirement page, in the section a vendor looks for it, and the contact person only for the
// readers it is meant for (signed-in vendors, the owner organization, admins).

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function openCsgRequirement(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: CSG_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CSG_TITLE);
}

test("every field written in the editor is shown on the requirement page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "csg@zhipei.demo");
  await page.goto("/dashboard/requirements/new");
  await fillNewRequirement(page, `全字段展示 ${Date.now()}`);
  await page.getByLabel(/项目背景/).fill("现有计量主站已运行八年。");
  await page.getByLabel(/建设目标/).fill("- 故障预警准确率不低于 90%");
  await page.getByLabel(/交付内容/).fill("- 原型系统与评测报告");
  await page.getByLabel(/可提供的数据/).fill("近三年脱敏计量数据。");
  await page.getByLabel(/部署方式/).selectOption("PRIVATE_CLOUD");
  await page.getByLabel("信创要求").check();
  await page.getByLabel(/实施地区/).selectOption("广东");
  await page.getByLabel("预算下限（元）").fill("3000000");
  await page.getByLabel("预算上限（元）").fill("8000000");
  await page.getByLabel(/答疑截止时间/).fill("2030-06-15T17:00");
  await page.getByLabel(/预计启动日期/).fill("2030-09-01");
  await page.getByLabel(/预计工期/).fill("10");
  await page.getByLabel(/资质要求/).fill("具备电力行业项目业绩。");
  await page
    .getByRole("group", { name: "评审项 1" })
    .getByLabel(/评审说明/)
    .fill("架构合理、指标可验证");
  await page.getByLabel("联系人（选填）").fill("陈志远");
  await page.getByLabel(/联系电话/).fill("138-0000-0000");
  await page.getByLabel(/联系邮箱/).fill("chen@example.com");
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/edit/);

  await page.getByRole("link", { name: "预览需求页面" }).click();
  await expect(page).toHaveURL(/\/requirements\/[^/]+$/);
  const expected: [string, string[]][] = [
    ["项目背景", ["现有计量主站已运行八年。"]],
    ["需求详情", ["计量运维以人工巡检为主。"]],
    ["建设目标", ["故障预警准确率不低于 90%"]],
    ["交付内容", ["原型系统与评测报告"]],
    ["可提供的数据", ["近三年脱敏计量数据。"]],
    ["技术要求", ["多模态大模型", "私有云", "须适配国产软硬件"]],
    ["资质要求", ["具备电力行业项目业绩。"]],
    ["评审标准", ["架构合理、指标可验证"]],
    ["时间安排", ["2030年6月15日", "2030年6月30日", "2030年9月1日", "10 个月"]],
    ["联系人", ["陈志远", "138-0000-0000", "chen@example.com"]],
  ];
  for (const [name, texts] of expected) {
    for (const text of texts) await expect(section(page, name)).toContainText(text);
  }
  await expect(page.locator("article header")).toContainText("广东");
  await expect(page.locator("article header")).toContainText("300万");
});

test("the CSG listing: visitors read the overview, vendors also whom to call", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const visitor = await (await browser.newContext()).newPage();
  await openCsgRequirement(visitor);
  await expect(section(visitor, "评审标准")).toContainText("报价的合理性与分项构成");
  await expect(section(visitor, "时间安排")).toContainText("预计启动");
  await expect(section(visitor, "项目背景")).toHaveCount(0);
  await expect(visitor.getByText("登录后可查看需求详情")).toBeVisible();
  await expect(section(visitor, "联系人")).toContainText("登录的供应商可查看联系人");
  await expect(visitor.getByText("138-0000-0000")).toHaveCount(0);

  const vendor = await (await browser.newContext()).newPage();
  await signIn(vendor, "damo@zhipei.demo");
  await openCsgRequirement(vendor);
  await expect(section(vendor, "项目背景")).toContainText("计量运维仍以人工巡检");
  await expect(section(vendor, "可提供的数据")).toContainText("不得出域");
  const contact = section(vendor, "联系人");
  await expect(contact).toContainText("林晓");
  await expect(contact.getByRole("link", { name: "138-0000-0000" })).toHaveAttribute(
    "href",
    "tel:13800000000",
  );
  await expect(contact.getByRole("link", { name: "csg@zhipei.demo" })).toBeVisible();
  // The table of contents leads to each section.
  await vendor
    .getByRole("navigation", { name: "本页目录" })
    .getByRole("link", { name: "联系人" })
    .click();
  await expect(vendor).toHaveURL(/#contact$/);

  const otherEnterprise = await (await browser.newContext()).newPage();
  await signIn(otherEnterprise, "sgcc-kf@zhipei.demo");
  await openCsgRequirement(otherEnterprise);
  await expect(section(otherEnterprise, "项目背景")).toBeVisible();
  await expect(section(otherEnterprise, "联系人")).toContainText("仅对供应商可见");
  await expect(otherEnterprise.getByText("138-0000-0000")).toHaveCount(0);
});

test("an awarded requirement names the winner, published before its deadline", async ({ page }) => {
  await page.goto("/?state=awarded");
  await page.getByRole("link", { name: "台区负荷预测与可调负荷聚合优化" }).click();
  await expect(section(page, "中标结果")).toContainText("达摩院决策智能实验室");
  const milestones = section(page, "时间安排").getByRole("listitem");
  await expect(milestones.nth(0)).toContainText("发布");
  await expect(milestones.nth(1)).toContainText("投标截止");
  await expect(milestones.nth(2)).toContainText("定标");
  const dates = await section(page, "时间安排")
    .locator("time")
    .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute("datetime") ?? "")));
  expect(dates).toEqual([...dates].sort((a, b) => a - b));
});
