import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signedIn } from "./support/session";
import { answerPublicly } from "./support/questions";
import { CSG_TITLE } from "./support/pages";

// Issue 14's "done when": the enterprise answers a vendor's question and publishes it; the asking
// vendor's bell count rises when it comes back to its tab (no reload), and the notification leads
// to the clarification.

const stamp = Date.now();
const question = `台区电能表的历史故障记录能否一并提供？（${stamp}）`;
const answer = `可以，提供近三年的故障工单。（${stamp}）`;

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^通知/ });

async function unreadOf(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(name.match(/（(\d+) 条未读）/)?.[1] ?? 0);
}

/** The user switches to another tab and back: the page hears `visibilitychange` twice. */
async function leaveAndComeBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const state of ["hidden", "visible"]) {
      Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    }
  });
}

const clarifications = (page: Page) =>
  page.getByRole("region", { name: "答疑与澄清", exact: true });

test("the asking vendor's bell rises when its question is published, and leads to the clarification", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const vendor = await signedIn(browser, "megvii@zhipei.demo");
  await vendor.goto("/");
  await vendor.getByRole("link", { name: CSG_TITLE }).click();
  const section = clarifications(vendor);
  await section.getByLabel("问题").fill(question);
  await section.getByRole("button", { name: "提交问题" }).click();
  await expect(section.getByRole("status").filter({ hasText: "问题已提交" })).toBeVisible();
  await vendor.reload();
  const before = await unreadOf(vendor);

  const enterprise = await signedIn(browser, "csg-meter@zhipei.demo");
  await enterprise.goto("/dashboard/questions");
  const item = enterprise.getByRole("listitem").filter({ hasText: question });
  await answerPublicly(enterprise, item, question, answer);

  // No reload: the bell asks again when the tab becomes visible.
  await leaveAndComeBack(vendor);
  await expect(bell(vendor)).toHaveAttribute("aria-label", `通知（${before + 1} 条未读）`);

  await bell(vendor).click();
  await expect(vendor.getByRole("heading", { level: 1 })).toHaveText("通知");
  const notice = vendor
    .getByRole("listitem")
    .filter({ hasText: `需求「${CSG_TITLE}」发布了新澄清` })
    .filter({ hasText: "未读" })
    .first();
  await notice.getByRole("link", { name: `需求「${CSG_TITLE}」发布了新澄清` }).click();
  await vendor.waitForURL(/\/requirements\/[^/]+#clarifications$/);
  await expect(clarifications(vendor).getByText(answer).first()).toBeVisible();
  await expect(bell(vendor)).toHaveAttribute(
    "aria-label",
    before === 0 ? "通知" : `通知（${before} 条未读）`,
  );
});
