import { expect, test } from "./support/test";
import { CSG_TITLE } from "./support/pages";

// English is English: the requirement page names the region and the demo's evaluation criteria
// in English, and the brand is spelled Zhipei.

test("the English requirement page shows English region and criteria names", async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: CSG_TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CSG_TITLE);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.reload();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const facts = page.locator("main dl").first();
  await expect(facts).toContainText("Guangdong");
  await expect(facts).not.toContainText("广东");
  const criteria = page.getByRole("region", { name: "Evaluation criteria" });
  await expect(criteria.getByText("Technical proposal", { exact: true })).toBeVisible();
  await expect(criteria.getByText("Price", { exact: true })).toBeVisible();
  await expect(criteria).not.toContainText("技术方案");
  await expect(page.getByRole("banner")).toContainText("Zhipei");
  await expect(page.getByRole("banner")).not.toContainText("智配");
});
