import { expect, test } from "./support/test";
import { signIn } from "./support/session";

// Issue 10.5: renaming a verified organization used to remove its badge silently, and setting
// the old name back did not restore it.

test("renaming a verified enterprise asks first, says what happened, and the old name restores the badge", async ({
  page,
}) => {
  await signIn(page, "sinochem@zhipei.demo");
  await page.goto("/organization");
  const profileHeader = page.locator("header").filter({ hasText: "中国中化" }).first();
  await expect(profileHeader.getByText("已认证", { exact: true })).toBeVisible();

  const name = page.getByLabel("机构名称（中文）");
  await name.fill("中国中化控股");
  await expect(
    page.getByText(/保存对机构名称或统一社会信用代码的修改后，认证标识将被撤销/),
  ).toBeVisible();
  const confirm = page.getByRole("checkbox", { name: "我已了解，保存后需要重新申请认证" });
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(
    page.getByText("修改机构名称或统一社会信用代码会撤销企业认证；确认后才能保存"),
  ).toBeVisible();
  await expect(profileHeader.getByText("已认证", { exact: true })).toBeVisible();

  await confirm.check();
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByRole("status").filter({ hasText: "认证已撤销" })).toBeVisible();
  const renamedHeader = page.locator("header").filter({ hasText: "中国中化控股" }).first();
  await expect(renamedHeader.getByText("已认证", { exact: true })).toHaveCount(0);
  await expect(page.getByText(/贵机构曾以“中国中化”.*通过认证/)).toBeVisible();

  await name.fill("中国中化");
  await expect(
    page.getByText("名称和统一社会信用代码与认证时一致，保存后认证将恢复。"),
  ).toBeVisible();
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByRole("status").filter({ hasText: "认证已恢复" })).toBeVisible();
  await expect(profileHeader.getByText("已认证", { exact: true })).toBeVisible();
});

test("a description change of a verified enterprise saves without touching its badge", async ({
  page,
}) => {
  await signIn(page, "sinochem@zhipei.demo");
  await page.goto("/organization");
  const description = page.getByLabel("机构简介");
  const before = await description.inputValue();
  await description.fill(`${before}\n（简介已更新）`);
  await expect(page.getByRole("checkbox", { name: /重新申请认证/ })).toHaveCount(0);
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  await expect(
    page
      .locator("header")
      .filter({ hasText: "中国中化" })
      .first()
      .getByText("已认证", { exact: true }),
  ).toBeVisible();
  await description.fill(before);
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
});
