import { expect, type Locator, type Page } from "@playwright/test";

/** In the enterprise's 答疑收件箱: answers `item`'s question and publishes it as a clarification. */
export async function answerPublicly(
  page: Page,
  item: Locator,
  question: string,
  answer: string,
): Promise<void> {
  await item.getByLabel("答复").fill(answer);
  await item.getByLabel("作为澄清公开给所有供应商").check();
  await item.getByRole("button", { name: "保存答复" }).click();
  // The list re-renders: find the item again by its question.
  await expect(
    page.getByRole("listitem").filter({ hasText: question }).getByText("已公开", { exact: true }),
  ).toBeVisible();
}
