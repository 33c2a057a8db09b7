import { expect, type Page } from "@playwright/test";

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
