import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/session";

// A demo account no other test signs in with, so that its failed attempts stay its own.
const account = "shengli-geo@zhipei.demo";

test("ten wrong passwords lock the account with a retry time, even for the right password", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/sign-in");
  await page.getByLabel("电子邮箱").fill(account);
  const password = page.getByLabel("密码");
  const submit = page.getByRole("main").getByRole("button", { name: "登录" });
  for (let attempt = 1; attempt < 10; attempt++) {
    await password.fill(`wrong-${attempt}`);
    await submit.click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("邮箱或密码不正确");
    await expect(submit).toBeEnabled();
  }
  await password.fill("wrong-10");
  await submit.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "登录失败次数过多，请在 15 分钟后再试",
  );

  await password.fill(DEMO_PASSWORD);
  await submit.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("分钟后再试");
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
});

test("a signed-in user signs out", async ({ page }) => {
  await signIn(page, "csg@zhipei.demo");
  await expect(page.getByRole("link", { name: "我的机构" })).toBeVisible();
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
});
