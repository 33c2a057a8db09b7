import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { DEMO_PASSWORD, signIn } from "./support/session";

// A demo account no other test signs in with, so that its failed attempts stay its own.
const account = "shengli-geo@zhipei.demo";

async function tryPassword(page: Page, password: string) {
  await page.getByLabel("密码").fill(password);
  await page.getByRole("main").getByRole("button", { name: "登录" }).click();
}

test("ten wrong passwords hold back that browser with a retry time, never the owner's own browser", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The owner has signed in from their browser before: it is a known device of the account.
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, account);
  await ownerPage.getByRole("button", { name: "退出" }).click();
  await expect(ownerPage.getByRole("link", { name: "登录" })).toBeVisible({ timeout: 15_000 });

  // A stranger guesses from another browser (on the same machine, so the same IP).
  await page.goto("/sign-in");
  await page.getByLabel("电子邮箱").fill(account);
  const alert = page.getByRole("main").getByRole("alert");
  for (let attempt = 1; attempt < 10; attempt++) {
    await tryPassword(page, `wrong-${attempt}`);
    await expect(alert).toHaveText("邮箱或密码不正确");
  }
  await tryPassword(page, "wrong-10");
  await expect(alert).toHaveText("登录失败次数过多，请在 15 分钟后再试");
  await tryPassword(page, DEMO_PASSWORD);
  await expect(alert).toContainText("分钟后再试");

  // The owner's browser still signs in with the right password.
  await signIn(ownerPage, account);
  await owner.close();
});

test("a signed-in user signs out, and the old session cookie no longer works", async ({
  page,
  context,
}) => {
  await signIn(page, "csg@zhipei.demo");
  await expect(page.getByRole("link", { name: "我的机构" })).toBeVisible();
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();

  // Replaying the cookie of the ended session: pages, and next-auth's own session endpoint.
  await context.addCookies(cookies);
  await page.goto("/organization");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Forganization/);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});

test("after sign-in, a callbackUrl that leaves the site lands on the home page", async ({
  page,
}) => {
  for (const callbackUrl of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x"]) {
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("电子邮箱").fill("damo@zhipei.demo");
    await tryPassword(page, DEMO_PASSWORD);
    await expect(page.getByRole("button", { name: "退出" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  }
});

test("a callbackUrl on the site is followed after sign-in", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Forganization%2Fmembers");
  await page.getByLabel("电子邮箱").fill("csg@zhipei.demo");
  await tryPassword(page, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/organization\/members$/);
});
