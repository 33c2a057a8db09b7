import { expect, test } from "./support/test";
import { DESKTOP, expectNoHorizontalOverflow, PHONE } from "./support/viewport";

// Issue 10.10 and 10.14: what Chinese enterprise users look for at the bottom of a portal, and
// API addresses that name the public URL.

const footer = (page: import("@playwright/test").Page) => page.getByRole("contentinfo");

for (const viewport of [PHONE, DESKTOP]) {
  test(`the footer has contact, terms, privacy, the API docs and the ICP number at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await expect(footer(page).getByRole("link", { name: "contact@zhipei.demo" })).toHaveAttribute(
      "href",
      "mailto:contact@zhipei.demo",
    );
    const icp = footer(page).getByRole("link", { name: "京ICP备00000000号-1" });
    await expect(icp).toHaveAttribute("href", "https://beian.miit.gov.cn/");
    await expectNoHorizontalOverflow(page);

    await footer(page).getByRole("link", { name: "服务条款" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务条款");
    await expect(page.getByRole("heading", { name: "1. 本平台提供什么" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await footer(page).getByRole("link", { name: "隐私政策" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("隐私政策");
    await expect(page.getByRole("link", { name: "contact@zhipei.demo" }).first()).toBeVisible();
    await footer(page).getByRole("link", { name: "开放接口文档" }).click();
    await expect(page).toHaveURL(/\/api-docs$/);
  });
}

test("the terms and the privacy policy speak English", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy policy");
  await expect(page.getByRole("heading", { name: "4. Cookies" })).toBeVisible();
  await footer(page).getByRole("link", { name: "Terms of service" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terms of service");
});

test("/api-docs gives the public URL (APP_URL) as the API's base, not the address it was opened at", async ({
  page,
  baseURL,
}) => {
  await page.goto("/api-docs");
  const publicUrl = baseURL!.replace("127.0.0.1", "localhost");
  await expect(page.getByText(`${publicUrl}/api/v1`, { exact: true })).toBeVisible();
  await expect(page.getByText("127.0.0.1")).toHaveCount(0);
});
