import { expect, test } from "./support/test";
import { signIn } from "./support/session";

// On a phone the header folds the signed-in user's links behind one button.

test("on a phone, the account menu opens, closes on Escape and follows a link", async ({
  page,
}) => {
  // Signs in at desktop size, where the helper waits for the header's sign-out button.
  await signIn(page, "damo@zhipei.demo");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");

  const menu = page.getByRole("button", { name: "账号菜单" });
  const saved = page.getByRole("link", { name: "我的收藏" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(saved).toBeHidden();

  // The button works once the page's script runs.
  await expect(async () => {
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
  await expect(page.getByRole("link", { name: "我的机构" })).toBeVisible();
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(saved).toBeHidden();
  await expect(menu).toBeFocused();

  await page.keyboard.press("Enter");
  await saved.click();
  await expect(page).toHaveURL(/\/workspace\/bookmarks$/);
  await expect(page.getByRole("heading", { name: "我的收藏", level: 1 })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(saved).toBeHidden();
});
