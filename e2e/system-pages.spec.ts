import { expect, test } from "./support/test";

// Every page speaks the user's language: unknown URLs get the app's own 404 page in Chinese or
// English with ways back, /requirements leads to the list, and the browser finds the icons.

test("an unknown URL shows the app's 404 page in the reader's language, with a way back", async ({
  page,
  context,
}) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  await expect(page).toHaveTitle(/找不到这个页面/);
  await expect(page.getByText("This page could not be found")).toHaveCount(0);
  await page.getByRole("main").getByRole("link", { name: "返回首页" }).click();
  await expect(page).toHaveURL(/\/$/);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.goto("/also/missing");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Browse vendors" }),
  ).toHaveAttribute("href", "/vendors");
});

test("/requirements lists the requirements like the home page, keeping the search", async ({
  page,
}) => {
  await page.goto("/requirements?q=%E8%B4%9F%E8%8D%B7%E9%A2%84%E6%B5%8B");
  await expect(page).toHaveURL(/\/\?q=%E8%B4%9F%E8%8D%B7%E9%A2%84%E6%B5%8B$/);
  await expect(page.getByRole("search").getByRole("searchbox")).toHaveValue("负荷预测");
});

test("the favicon and the app icons are served and linked from every page", async ({
  page,
  request,
}) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);

  await page.goto("/vendors");
  const icon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  const apple = page.locator('head link[rel="apple-touch-icon"]');
  for (const link of [icon, apple]) {
    const href = await link.getAttribute("href");
    expect((await request.get(href!)).status()).toBe(200);
  }
});
