import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";
import { messages } from "@/messages";
import type { Locale } from "@/lib/i18n/config";

// The error pages, rendered as the browser gets them (Next cannot be made to fail on purpose in
// the end-to-end tests): in the reader's language, with a retry and a way home.

const failure = Object.assign(new Error("boom"), { digest: "4711" });
const noop = () => {};

function renderErrorPage(locale: Locale): string {
  const intl = { locale, messages: messages[locale], timeZone: "Asia/Shanghai" };
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      intl as ComponentProps<typeof NextIntlClientProvider>,
      createElement(ErrorPage, { error: failure, retry: noop }),
    ),
  );
}

describe("the error page", () => {
  it.each([
    ["zh-CN", "页面出错了", "重试", "返回首页", "错误编号：4711"],
    ["en", "Something went wrong", "Try again", "Go to the home page", "Error reference: 4711"],
  ] as const)("speaks %s, offers a retry and the way home", (locale, title, retry, home, ref) => {
    const html = renderErrorPage(locale);
    expect(html).toContain(`<h1 class="mt-2 text-2xl font-bold text-slate-900">${title}</h1>`);
    expect(html).toMatch(new RegExp(`<button[^>]*>${retry}</button>`));
    expect(html).toMatch(new RegExp(`<a[^>]*href="/"[^>]*>${home}</a>`));
    expect(html).toContain(ref);
    expect(html).not.toContain("boom");
  });
});

describe("the page shown when the whole layout fails", () => {
  it("says it in Chinese and English, with a retry and the way home", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: failure, retry: noop }));
    expect(html).toContain('<html lang="zh-CN">');
    for (const text of ["页面出错了", "Something went wrong", "重试", "Try again", "返回首页"]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/<a[^>]*href="\/"/);
  });
});
