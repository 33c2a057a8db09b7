import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

/** Signs in through the sign-in page and waits until the header shows the signed-in state. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("main").getByRole("button", { name: "登录" }).click();
  // Argon2 and a full page load: on a busy CI machine this takes longer than one default wait.
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible({ timeout: 15_000 });
}

/** A page in a fresh browser context (its own cookies), signed in as `email`. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Opens a requirement by its title from the listing of every state (open and closed). */
export async function openRequirementTitled(page: Page, title: string): Promise<void> {
  await page.goto("/?state=all");
  const href = await page.getByRole("link", { name: title }).first().getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}
