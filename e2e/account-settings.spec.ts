import { expect, test } from "./support/test";
import { DEMO_PASSWORD, signIn } from "./support/session";

// Demo accounts no other test signs in with: these tests change their name and password.

test("我的账号: the name and the preferred language are saved, and the language follows the user", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "hesui@zhipei.demo");
  await page.getByRole("link", { name: "我的账号" }).click();
  await expect(page.getByRole("heading", { name: "我的账号", level: 1 })).toBeVisible();

  await page.getByLabel("姓名").fill("禾穗测试负责人");
  await page.getByLabel("界面语言").selectOption("en");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("heading", { name: "My account", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("禾穗测试负责人");
  await expect(page.getByRole("banner")).toContainText("禾穗测试负责人");

  // Without the browser's language cookie, the account's preference decides.
  await context.clearCookies({ name: "NEXT_LOCALE" });
  await page.reload();
  await expect(page.getByRole("heading", { name: "My account", level: 1 })).toBeVisible();

  await page.getByLabel("Language", { exact: true }).selectOption("zh-CN");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { name: "我的账号", level: 1 })).toBeVisible();
});

test("a new password signs out the other browsers; signing out everywhere ends this one too", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // It changes the password: an account that no other spec signs in as.
  const account = "szwater@zhipei.demo";
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, account);
  await signIn(page, account);

  await page.goto("/account");
  const passwordForm = page.getByRole("region", { name: "修改密码" });
  await passwordForm.getByLabel("当前密码").fill("not-my-password");
  await passwordForm.getByLabel("新密码").fill("Changed@2027");
  await passwordForm.getByLabel("确认密码").fill("Changed@2027");
  await passwordForm.getByRole("button", { name: "修改密码" }).click();
  await expect(passwordForm.getByText("当前密码不正确")).toBeVisible();

  await passwordForm.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await passwordForm.getByLabel("新密码").fill("Changed@2027");
  await passwordForm.getByLabel("确认密码").fill("Changed@2027");
  await passwordForm.getByRole("button", { name: "修改密码" }).click();
  await expect(passwordForm.getByText("密码已修改，其他设备已退出登录。")).toBeVisible();

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "我的账号", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "在所有设备上退出登录" }).click();
  await expect(page.getByText("您已在所有设备上退出登录。")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(otherPage, account, "Changed@2027");
  await other.close();
});
