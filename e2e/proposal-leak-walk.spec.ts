import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { ACCOUNTS, CSG_TITLE, openRequirement, PAGES, type PageVisit } from "./support/pages";
import { signIn } from "./support/session";
import { expect, test } from "./support/test";

// 开标前保密, over HTTP against the built app: before the deadline, a vendor submits a proposal
// full of marker strings to the CSG requirement; then the enterprise's owner and member, an
// admin, another vendor and a visitor fetch every page they can open (the every-page list and
// the requirement's own pages) and none of them holds a marker, in the HTML or in the React
// Server Components payload. The server's responses are read, not the rendered DOM, so text
// the browser would not show (props, hidden inputs, flight data) counts as a leak too.
// tests/integration/proposal-leaks.test.ts walks the domain reads, the REST API and the CLI.

const BIDDER = { email: "transwarp@zhipei.demo", names: ["星环科技", "Transwarp"] };
const PRICE = 4_817_263;
const MARKER = /SEALPROBE/i;
const SEALED = {
  summary: "SEALPROBE摘要q7w",
  approach: "## SEALPROBE方案x3k",
  response: "SEALPROBE响应r9m",
  lineItem: "SEALPROBE分项z2p",
  note: "SEALPROBE备注n4v",
  file: "SEALPROBE附件f5t.pdf",
};
/** The price as any page would print it: digits, grouped, compact in zh-CN and en. */
const PRICE_RENDERINGS = [String(PRICE), PRICE.toLocaleString("en"), "481.73万", "4.82M"];

interface Reader {
  name: string;
  email?: string;
  pages: PageVisit[];
}
const READERS: Reader[] = [
  { name: "enterprise owner", email: ACCOUNTS.enterprise, pages: PAGES.enterprise },
  { name: "enterprise member", email: "csg-meter@zhipei.demo", pages: PAGES.enterprise },
  { name: "admin", email: ACCOUNTS.admin, pages: PAGES.admin },
  { name: "another vendor", email: ACCOUNTS.vendor, pages: PAGES.vendor },
  { name: "visitor", pages: PAGES.visitor },
];

async function signedInContext(browser: Browser, email?: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  if (email) await signIn(await context.newPage(), email);
  return context;
}

/** The URLs a reader's page list leads to (links are followed in the browser), and the requirement's. */
async function readerUrls(page: Page, reader: Reader, requirementPath: string): Promise<string[]> {
  const urls = new Set<string>();
  for (const visit of reader.pages) {
    if (typeof visit.open === "string") urls.add(visit.open);
    else {
      await visit.open(page);
      const url = new URL(page.url());
      urls.add(url.pathname + url.search);
    }
  }
  const id = requirementPath.split("/").pop();
  for (const own of [
    requirementPath,
    `${requirementPath}/proposal`,
    `/dashboard/requirements/${id}/edit`,
  ])
    urls.add(own);
  return [...urls];
}

/** What the server sends for a URL: the HTML document and the page's RSC payload. */
async function served(request: APIRequestContext, url: string): Promise<string> {
  const html = await request.get(url);
  const flight = await request.get(url, { headers: { RSC: "1" } });
  return `${await html.text()}\n${await flight.text()}`;
}

const namesBidder = (text: string) => BIDDER.names.some((name) => text.includes(name));

async function submitSealedProposal(page: Page, requirementPath: string): Promise<string[]> {
  await page.goto(`${requirementPath}/proposal`);
  await page.getByLabel("文件", { exact: true }).setInputFiles({
    name: SEALED.file,
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "上传", exact: true }).click();
  const attachment = page.getByRole("link", { name: SEALED.file });
  await expect(attachment).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("方案摘要").fill(SEALED.summary);
  await page.getByLabel("技术方案", { exact: true }).fill(SEALED.approach);
  const responses = page.getByRole("region", { name: "逐项响应评审标准" }).getByRole("textbox");
  for (const response of await responses.all()) await response.fill(SEALED.response);
  await page.getByRole("button", { name: "添加分项" }).click();
  await page.getByLabel("项目 1", { exact: true }).fill(SEALED.lineItem);
  await page.getByLabel("单价（元） 1", { exact: true }).fill(String(PRICE));
  await page.getByLabel("总报价（元）").fill(String(PRICE));
  await page.getByLabel("交付周期（月）").fill("11");
  for (const met of await page.getByRole("radio", { name: "满足", exact: true }).all()) {
    await met.check();
  }
  for (const note of await page.getByLabel("说明", { exact: true }).all())
    await note.fill(SEALED.note);
  await page.getByRole("button", { name: "提交投标" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已提交第 1 版" })).toBeVisible({
    timeout: 15_000,
  });
  await page.reload();
  const receipt = page
    .getByRole("region", { name: "提交记录" })
    .getByRole("link", { name: "下载回执" });
  return [
    (await page.getByRole("link", { name: SEALED.file }).first().getAttribute("href"))!,
    (await receipt.first().getAttribute("href"))!,
  ];
}

test("before the deadline no page shows anything of a submitted proposal to anyone but its vendor", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const bidder = await (await signedInContext(browser, BIDDER.email)).newPage();
  await openRequirement(bidder);
  await expect(bidder.getByRole("heading", { level: 1 })).toHaveText(CSG_TITLE);
  const requirementPath = new URL(bidder.url()).pathname;

  const walks = [];
  for (const reader of READERS) {
    const context = await signedInContext(browser, reader.email);
    const urls = await readerUrls(await context.newPage(), reader, requirementPath);
    // Which pages name the bidder before it bids (a vendor directory does): bidding changes none.
    const namedBefore = new Set<string>();
    for (const url of urls)
      if (namesBidder(await served(context.request, url))) namedBefore.add(url);
    walks.push({ reader, context, urls, namedBefore });
  }

  const files = await submitSealedProposal(bidder, requirementPath);
  const own = await served(bidder.context().request, `${requirementPath}/proposal`);
  expect(own, "the markers are on the bidder's own page").toContain(SEALED.summary);
  const bidderFiles = new Map<string, string>();
  for (const file of files) {
    const answer = await bidder.context().request.get(file);
    expect(answer.status(), file).toBe(200);
    bidderFiles.set(file, await answer.text());
  }

  for (const { reader, context, urls, namedBefore } of walks) {
    for (const url of urls) {
      const text = await served(context.request, url);
      const where = `${reader.name} on ${url}`;
      expect.soft(text.match(MARKER)?.[0], `${where}: proposal content`).toBeUndefined();
      for (const price of PRICE_RENDERINGS)
        expect.soft(text, `${where}: price`).not.toContain(price);
      expect.soft(namesBidder(text), `${where}: the bidder's name`).toBe(namedBefore.has(url));
    }
    for (const file of files) {
      const answer = await context.request.get(file, { maxRedirects: 0 });
      const where = `${reader.name} on ${file}`;
      if (answer.ok() && file.startsWith("/files/receipts/")) {
        // A receipt URL names a requirement and a version: a vendor who bid too gets its own.
        const body = await answer.text();
        expect.soft(body, `${where}: another receipt`).not.toBe(bidderFiles.get(file));
        expect.soft(body.match(MARKER)?.[0], `${where}: proposal content`).toBeUndefined();
      } else expect.soft([403, 404], where).toContain(answer.status());
    }
  }

  // The CSG requirement's seeded bid counts stay as other specs expect them.
  await bidder.getByRole("button", { name: "撤回投标" }).click();
  await expect(bidder.getByRole("button", { name: "撤回投标" })).toBeHidden({ timeout: 15_000 });
});
