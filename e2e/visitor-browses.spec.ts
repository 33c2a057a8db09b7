import { expect, test } from "./support/test";
import { CSG_TITLE } from "./support/pages";

test("a visitor finds the CSG requirement, opens it and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AI 场景需求");

  // Other end-to-end tests publish newer requirements, so the CSG card is found by its title.
  const csgCard = page.getByRole("article").filter({ hasText: CSG_TITLE });
  await expect(csgCard).toContainText("南方电网数字电网集团");

  await csgCard.getByRole("link", { name: CSG_TITLE }).click();
  await expect(page).toHaveURL(/\/requirements\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CSG_TITLE);
  await expect(page.getByRole("table")).toContainText("技术方案");
  await expect(page.getByText("多模态大模型").first()).toBeVisible();

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Proposal deadline").first()).toBeVisible();
  await expect(page.getByText("Multimodal large models").first()).toBeVisible();
  await expect(page.getByText("China Southern Power Grid Digital Grid Group")).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Connect enterprise AI scenarios with the right vendors",
  );
});

test("an unknown requirement shows a helpful not-found page", async ({ page }) => {
  const response = await page.goto("/requirements/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这条需求" })).toBeVisible();
});
