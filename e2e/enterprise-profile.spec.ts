import { expect, test } from "./support/test";
import { CSG_TITLE } from "./support/pages";

// Issue 10.9 and 10.10: the publishing enterprise's name leads to its public page; every
// published requirement carries its project number.

const CSG = "南方电网数字电网集团";

test("a visitor goes from a requirement to the enterprise that published it", async ({ page }) => {
  await page.goto("/");
  const card = page.getByRole("article").filter({ hasText: CSG_TITLE });
  await expect(card.getByText(/^ZP-\d{4}-\d{6}$/)).toBeVisible();
  await card.getByRole("link", { name: CSG_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CSG_TITLE);
  const number = page
    .locator("main header")
    .first()
    .getByText(/^ZP-\d{4}-\d{6}$/);
  await expect(number).toBeVisible();

  await page.getByRole("link", { name: CSG, exact: true }).click();
  await expect(page).toHaveURL(/\/enterprises\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CSG);
  await expect(page.getByText("已通过企业认证")).toBeVisible();
  const open = page.getByRole("region", { name: /征集中的需求/ });
  await expect(open.getByRole("article").filter({ hasText: CSG_TITLE })).toBeVisible();
  const past = page.getByRole("region", { name: /往期需求/ });
  await expect(past.getByRole("article").first()).toBeVisible();
  for (const card of await page.getByRole("article").all()) await expect(card).toContainText(CSG);
  // Drafts are not on the public page.
  await expect(page.getByText("草稿", { exact: true })).toHaveCount(0);
});

test("the publisher's name on a search result links to its page, in English too", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/");
  const card = page.getByRole("article").filter({ hasText: CSG_TITLE });
  await card.getByRole("link", { name: "China Southern Power Grid Digital Grid Group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "China Southern Power Grid Digital Grid Group",
  );
  await expect(page.getByRole("heading", { name: /Open requirements/ })).toBeVisible();
});

test("an unknown enterprise, or a vendor's id, is not found", async ({ page }) => {
  const response = await page.goto("/enterprises/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这家企业" })).toBeVisible();
});
