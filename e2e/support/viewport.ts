import { expect, type Page } from "@playwright/test";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** The page is no wider than the window: nothing makes it scroll sideways. */
export async function expectNoHorizontalOverflow(
  page: Page,
  { soft = false }: { soft?: boolean } = {},
): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  const check = soft ? expect.soft : expect;
  check(widths.page, `width of ${page.url()}`).toBeLessThanOrEqual(widths.window);
}
