import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { CSG_TITLE } from "./support/pages";
import { DESKTOP, expectNoHorizontalOverflow, PHONE } from "./support/viewport";

// Issue 5's acceptance path: a visitor searches requirements in Chinese and in English, narrows
// by industry, opens a result and comes back to the same search; a search that finds nothing,
// and a link with an impossible filter, say what to do next.

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "搜索场景需求" });
const resultTitles = (page: Page) => page.getByRole("article").getByRole("heading", { level: 3 });

async function search(page: Page, words: string) {
  await searchBox(page).fill(words);
  await searchBox(page).press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(words);
}

test("a visitor searches in Chinese, filters by industry, opens a result and comes back", async ({
  page,
}) => {
  await page.goto("/");
  await search(page, "电能量");
  await expect(page.getByRole("heading", { name: "“电能量”的搜索结果" })).toBeVisible();
  const csgCard = page.getByRole("article").filter({ hasText: CSG_TITLE });
  await expect(csgCard.getByRole("heading").locator("mark")).toHaveText("电能量");

  // A select applies at once (once the page's script runs; until then, the apply button would).
  const industry = page.getByRole("combobox", { name: "行业", exact: true });
  await expect(async () => {
    await industry.selectOption({ label: "电网" });
    await expect(page).toHaveURL(/industry=power-grid/, { timeout: 1_000 });
  }).toPass();
  await expect(page.getByRole("link", { name: "移除条件：行业：电网" })).toBeVisible();
  await expect(csgCard).toBeVisible();
  for (const card of await page.getByRole("article").all())
    await expect(card).toContainText("电网");
  const titles = await resultTitles(page).allTextContents();

  await csgCard.getByRole("link", { name: CSG_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CSG_TITLE);
  await page.goBack();

  await expect(searchBox(page)).toHaveValue("电能量");
  await expect(industry).toHaveValue("power-grid");
  await expect(resultTitles(page)).toHaveText(titles);
});

test("an English search finds Chinese requirements by their capability tags", async ({ page }) => {
  await page.goto("/");
  await search(page, "load forecasting");
  const card = page.getByRole("article").filter({ hasText: "新能源场站AI气象预报与功率预测" });
  await expect(card.locator("mark", { hasText: "时序预测与负荷预测" })).toBeVisible();
});

test("a search that finds nothing suggests what to try and clears in one click", async ({
  page,
}) => {
  await page.goto("/?q=zxqvbnm&industry=power-grid");
  await expect(page.getByRole("heading", { name: "没有找到与“zxqvbnm”相关的需求" })).toBeVisible();
  await expect(page.getByText("移除部分筛选条件")).toBeVisible();
  await page.getByRole("link", { name: "清除搜索和全部筛选" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(searchBox(page)).toHaveValue("");
  await expect(page.getByRole("article").filter({ hasText: CSG_TITLE })).toBeVisible();
});

test("an impossible budget range in a link is explained next to the field", async ({ page }) => {
  const response = await page.goto("/?budgetMin=5000000&budgetMax=1000000");
  expect(response?.status()).toBe(200);
  const budgetMax = page.getByRole("combobox", { name: "最高" });
  await expect(budgetMax).toHaveAttribute("aria-invalid", "true");
  await expect(budgetMax).toHaveAccessibleDescription("预算上限不能低于预算下限");
  // The rest of the search still applies.
  await expect(page.getByRole("link", { name: /移除条件：预算/ })).toBeVisible();
});

test("the vendor directory finds vendors by their case studies", async ({ page }) => {
  await page.goto("/vendors");
  await page.getByRole("searchbox", { name: "搜索供应商" }).fill("预测");
  await page.getByRole("searchbox", { name: "搜索供应商" }).press("Enter");
  await expect(page.getByRole("heading", { name: "“预测”的搜索结果" })).toBeVisible();
  const withCases = page.getByRole("article").filter({ hasText: "相关案例" }).first();
  await expect(withCases.locator("mark").first()).toHaveText("预测");
});

// Issue 10.4: a word longer than the index's 60 characters used to be dropped, so the search
// listed everything under a heading quoting the word, and its chip widened the page to 2,037 px.
for (const viewport of [PHONE, DESKTOP]) {
  test(`a search for a very long word is searched, and wraps at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const word = "supercalifragilisticexpialidociousloadforecastingplatformforthegrid2026";
    await page.goto(`/?q=${word}`);
    await expect(
      page.getByRole("heading", { name: `没有找到与“${word}”相关的需求` }),
    ).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(0);
    await expect(page.getByRole("link", { name: `移除条件：关键词：${word}` })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
}

test("a search by project number finds that requirement alone", async ({ page }) => {
  await page.goto("/");
  const csgCard = page.getByRole("article").filter({ hasText: CSG_TITLE });
  const number = (await csgCard.getByText(/ZP-\d{4}-\d{6}/).textContent())!.trim();
  await search(page, number);
  await expect(resultTitles(page)).toHaveText([CSG_TITLE]);
});

test("ranks the load-forecasting requirement with both words in its title first for 负荷预测", async ({
  page,
}) => {
  await page.goto(`/?q=${encodeURIComponent("负荷预测")}&state=all`);
  await expect(resultTitles(page).first()).toHaveText("台区负荷预测与可调负荷聚合优化");
});
