import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

/** What fails a test: axe's two highest levels (minor and moderate findings are not gated). */
const GATED_IMPACTS = new Set(["serious", "critical"]);

export interface AccessibilityFinding {
  url: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * What axe-core's verdict on a page depends on, without its words: every element's tag, classes,
 * inline style and the values of the attributes its rules read (role, type, tabindex,
 * aria-hidden…), for the others only whether they are set, whether the ids they point to exist
 * and are unique, and whether a leaf has text. The same page in the other language, or as
 * another test left it, has the same signature; a page in another state (an error shown, a menu
 * open, a panel a role sees) has another.
 */
function structureSignature(): string {
  const VALUED = new Set(["role", "type", "tabindex", "aria-hidden", "aria-expanded", "style"]);
  const REFERENCES = new Set(["for", "aria-labelledby", "aria-describedby", "aria-controls"]);
  const ids = new Map<string, number>();
  for (const el of document.querySelectorAll("[id]")) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  const lines: string[] = [];
  for (const el of document.querySelectorAll("body *")) {
    const attributes = [...el.attributes].map(({ name, value }) => {
      if (name === "class" || VALUED.has(name)) return `${name}=${value}`;
      if (name === "id") return `id${ids.get(value) === 1 ? "" : "!dup"}`;
      if (REFERENCES.has(name))
        return `${name}${value.split(/\s+/).every((id) => ids.has(id)) ? "" : "!missing"}`;
      return value.trim() ? name : `${name}!empty`;
    });
    const text = el.childElementCount === 0 && el.textContent?.trim() ? "T" : "";
    lines.push(`${el.tagName} ${attributes.join(" ")} ${text}`);
  }
  return `${document.title !== ""}\n${lines.join("\n")}`;
}

/** Signatures of pages found clean in this run: the same page again is not analysed again. */
const cleanStructures = new Set<string>();

/** The serious and critical axe-core violations on the page as it is now. */
export async function accessibilityFindings(page: Page): Promise<AccessibilityFinding[]> {
  // Next.js streams metadata after the body, and a page may still be navigating: a missing
  // <title> is looked at again before it counts (a page that never gets one is still reported).
  for (let attempt = 1; ; attempt++) {
    await page.waitForLoadState("load").catch(() => {});
    await page
      .waitForFunction(() => document.title !== "", undefined, { timeout: 5_000 })
      .catch(() => {});
    const signature = createHash("sha256")
      .update(await page.evaluate(structureSignature))
      .digest("hex");
    if (cleanStructures.has(signature)) return [];
    const findings = await analyze(page);
    if (findings.length === 0) cleanStructures.add(signature);
    if (attempt === 3 || !findings.some((finding) => finding.rule === "document-title"))
      return findings;
  }
}

async function analyze(page: Page): Promise<AccessibilityFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => GATED_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => ({
      url: page.url(),
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

/** Pages checked since they last navigated: the fixture does not check them again. */
const checked = new WeakSet<Page>();

/** Fails with every serious or critical axe-core violation on the page, named for a reader. */
export async function expectAccessible(
  page: Page,
  { soft = false }: { soft?: boolean } = {},
): Promise<void> {
  const check = soft ? expect.soft : expect;
  check(await accessibilityFindings(page), `axe-core on ${page.url()}`).toEqual([]);
  checked.add(page);
}

const NAVIGATED_AWAY =
  /Execution context was destroyed|navigat|Target page, context or browser has been closed/i;

const isAppPage = (page: Page) => !page.isClosed() && page.url().startsWith("http");

/**
 * Playwright's `test`, checking accessibility for free: every page a test opens (in its own
 * context or in contexts it makes with `browser.newContext()`) is checked with axe-core before
 * the test navigates it elsewhere with `goto`, and once more when the test ends; a serious or
 * critical violation fails the test. So does a message a client component asked for and did
 * not get (next-intl's MISSING_MESSAGE error in the browser's console: its provider lacks the
 * namespace, lib/i18n/client-namespaces.ts). Specs import `test` and `expect` from here.
 */
export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ context, browser }, use, testInfo) => {
      const findings: AccessibilityFinding[] = [];
      const missingMessages: string[] = [];
      const pages = new Set<Page>();
      const check = async (page: Page) => {
        if (!isAppPage(page) || checked.has(page)) return;
        try {
          findings.push(...(await accessibilityFindings(page)));
        } catch (error) {
          // A page the test left mid-navigation is checked where it arrives instead.
          if (!String(error).match(NAVIGATED_AWAY)) throw error;
        }
      };
      const watch = (page: Page) => {
        pages.add(page);
        page.on("console", (message) => {
          if (message.type() === "error" && message.text().includes("MISSING_MESSAGE"))
            missingMessages.push(`${page.url()}: ${message.text()}`);
        });
        page.on("framenavigated", (frame) => {
          if (frame === page.mainFrame()) checked.delete(page);
        });
        const goto = page.goto.bind(page);
        page.goto = async (...args) => {
          await check(page);
          return goto(...args);
        };
      };
      const watchContext = (watched: BrowserContext) => {
        watched.pages().forEach(watch);
        watched.on("page", watch);
      };
      watchContext(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watchContext(created);
        return created;
      };
      const newPage = browser.newPage;
      // axe-core opens a page of its own in the page's context, which browser.newPage() forbids.
      browser.newPage = () => {
        throw new Error("Use (await browser.newContext()).newPage(): axe-core needs the context.");
      };

      await use();

      browser.newContext = newContext;
      browser.newPage = newPage;
      if (testInfo.status !== testInfo.expectedStatus) return;
      expect(missingMessages, "messages client components did not get").toEqual([]);
      for (const page of pages) await check(page);
      expect(findings, "serious or critical axe-core violations").toEqual([]);
    },
    { auto: true },
  ],
});
