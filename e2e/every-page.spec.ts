import { ACCOUNTS, appRoutes, PAGES, type Role } from "./support/pages";
import { signIn } from "./support/session";
import { expect, expectAccessible, test } from "./support/test";
import { expectNoHorizontalOverflow, PHONE } from "./support/viewport";

// Every page of the app, as each role sees it, in both languages, on a 390 px phone: nothing
// is wider than the screen, axe-core finds no serious or critical violation, and the Chinese
// pages put no ASCII punctuation after Chinese text (a label and a colon composed in a
// component, which messages/messages.test.ts cannot see).

const ASCII_AFTER_HAN = /.{0,12}\p{Script=Han}[:;,!?](?=\s|$|\p{Script=Han}).{0,12}/u;

test("the page list of e2e/support/pages.ts visits every page of the app", () => {
  const visited = new Set(Object.values(PAGES).flatMap((pages) => pages.map((p) => p.route)));
  expect(appRoutes().filter((route) => !visited.has(route))).toEqual([]);
});

for (const locale of ["zh-CN", "en"] as const) {
  for (const role of Object.keys(PAGES) as Role[]) {
    test(`every page fits a 390 px phone and passes axe-core: ${role}, ${locale}`, async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      if (role !== "visitor") await signIn(page, ACCOUNTS[role]);
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await page.setViewportSize(PHONE);
      for (const visit of PAGES[role]) {
        await test.step(visit.route, async () => {
          if (typeof visit.open === "string") await page.goto(visit.open);
          else await visit.open(page);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          // Soft: one run lists every page that does not fit or fails axe-core.
          await expectNoHorizontalOverflow(page, { soft: true });
          await expectAccessible(page, { soft: true });
          if (locale === "zh-CN") {
            const text = await page.locator("body").innerText();
            expect
              .soft(text.match(ASCII_AFTER_HAN)?.[0], `ASCII punctuation on ${page.url()}`)
              .toBeUndefined();
          }
        });
      }
    });
  }
}
