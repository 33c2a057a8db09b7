import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { linkFromMail } from "./support/mailbox";
import { signIn } from "./support/session";

// Issue 3's acceptance path: a vendor registers, confirms the emailed link, fills the profile with
// two case studies, invites a colleague who joins, requests verification, an admin approves it,
// and the verified badge shows in the public directory.

const stamp = Date.now();
const owner = { email: `owner-${stamp}@vendor.example`, password: "Owner2026!" };
const colleague = { email: `colleague-${stamp}@vendor.example`, password: "Colleague2026" };
const orgName = `澜图智能科技${stamp}`;

async function addCaseStudy(page: Page, title: string, year: string) {
  const form = page.locator("form").filter({ hasText: "案例名称" }).last();
  await form.getByLabel("案例名称").fill(title);
  await form.getByLabel("客户行业").selectOption("power-grid");
  await form.getByLabel("年份").fill(year);
  await form
    .getByLabel("案例简介")
    .fill(`${title}：为省级电网公司建设的 AI 应用，已稳定运行一年。`);
  await form.getByRole("checkbox", { name: "时序预测与负荷预测" }).check();
  await form.getByRole("button", { name: "添加案例" }).click();
  await expect(page.getByText("案例已添加。")).toBeVisible();
  await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
}

test("a vendor registers, builds its profile, brings a colleague and gets verified", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);

  await page.goto("/sign-up");
  await page.getByLabel("供应商").check();
  await page.getByLabel("机构名称").fill(orgName);
  await page.getByLabel("您的姓名").fill("周明");
  await page.getByLabel("电子邮箱").fill(owner.email);
  await page.getByLabel("密码", { exact: true }).fill(owner.password);
  await page.getByLabel("确认密码").fill(owner.password);
  await page.getByRole("main").getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("heading", { name: "请查收确认邮件" })).toBeVisible();

  await page.goto(await linkFromMail(owner.email, "/verify-email"));
  await page.getByRole("button", { name: "确认我的邮箱" }).click();
  await expect(page.getByText("邮箱已确认")).toBeVisible();

  await signIn(page, owner.email, owner.password);
  await page.goto("/organization");
  await page.getByLabel("地区").selectOption("浙江");
  await page.getByLabel("机构简介").fill("专注电力负荷预测与新能源功率预测的 AI 公司。");
  await page.getByRole("checkbox", { name: "时序预测与负荷预测" }).first().check();
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByText("已保存。").first()).toBeVisible();
  await addCaseStudy(page, "地市级负荷预测平台", "2023");
  await addCaseStudy(page, "风电功率短期预测", "2024");

  await page.goto("/organization/members");
  await page.getByLabel("同事的电子邮箱").fill(colleague.email);
  await page.getByRole("button", { name: "发送邀请" }).click();
  await expect(page.getByText("邀请邮件已发送。")).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(await linkFromMail(colleague.email, "/invitations/"));
  await expect(visitor.getByRole("heading", { name: new RegExp(orgName) })).toBeVisible();
  await visitor.getByLabel("您的姓名").fill("李娜");
  await visitor.getByLabel("设置密码").fill(colleague.password);
  await visitor.getByLabel("确认密码").fill(colleague.password);
  await visitor.getByRole("button", { name: "创建账号并加入" }).click();
  await signIn(visitor, colleague.email, colleague.password);
  await visitor.goto("/organization/members");
  await expect(visitor.getByRole("row", { name: /李娜/ })).toBeVisible();
  await visitor.close();

  await page.goto("/organization/verification");
  await page.getByLabel("营业执照").setInputFiles({
    name: "营业执照.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    ),
  });
  await page.getByRole("button", { name: "提交认证申请" }).click();
  await expect(page.getByText("审核中")).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@zhipei.demo");
  await admin.goto("/admin/verifications");
  const request = admin.locator("article, li, tr").filter({ hasText: orgName }).first();
  await request.getByRole("button", { name: "通过认证" }).click();
  await expect(admin.getByText(orgName)).toHaveCount(0);
  await admin.close();

  await page.goto(`/vendors?region=${encodeURIComponent("浙江")}&verified=1`);
  const card = page.getByRole("article").filter({ hasText: orgName });
  await expect(card).toContainText("已认证");
  await card.getByRole("link", { name: orgName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(orgName);
  await expect(page.getByText("已认证").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "地市级负荷预测平台" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "风电功率短期预测" })).toBeVisible();
});
