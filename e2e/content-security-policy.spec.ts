import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { CSG_TITLE } from "./support/pages";
import { signIn } from "./support/session";

// The pages keep working under the Content-Security-Policy: Next.js's scripts carry the
// response's nonce, and nothing the pages load is refused. Another site cannot frame them.

/** Every CSP violation the page reports, from the browser's console and the DOM event. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Refused to load: Content Security Policy ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test("the key pages load and work without a single CSP violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watchViolations(page);

  await page.goto("/");
  await page.getByRole("link", { name: CSG_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CSG_TITLE);

  // Signing in needs the page's scripts (the form posts through next-auth's client).
  await signIn(page, "csg@zhipei.demo");
  await page.goto("/dashboard/requirements/new");
  await page.getByLabel("需求名称").fill("CSP 检查");
  await expect(page.getByLabel("需求名称")).toHaveValue("CSP 检查");
  await page.goto("/account/tokens");
  await expect(page.getByRole("heading", { name: "API 令牌" })).toBeVisible();

  expect(violations).toEqual([]);
});

test("another site cannot frame a signed-in page", async ({ page, baseURL }) => {
  await signIn(page, "csg@zhipei.demo");
  const response = await page.request.get("/account/tokens");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");

  await page.goto("about:blank");
  await page.setContent(
    `<iframe src="${baseURL}/account/tokens" width="800" height="600"></iframe>`,
  );
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame!.waitForLoadState();
  await expect(page.frameLocator("iframe").getByRole("heading", { name: "API 令牌" })).toHaveCount(
    0,
  );
});
