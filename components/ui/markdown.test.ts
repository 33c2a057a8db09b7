import type { Element, ElementContent, Root } from "hast";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import rehypeSanitize from "rehype-sanitize";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";
import { markdownSanitizeSchema } from "./markdown-sanitize";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](&#106;avascript:alert(1))",
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  "<svg onload=alert(1)><circle/></svg>",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![x](javascript:alert(1))",
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  "[x](vbscript:msgbox(1))",
  '<form action="javascript:alert(1)"><button>x</button></form>',
];

/** Every real tag of rendered HTML (text is escaped, so each `<` starts one) with its attributes. */
function tagsOf(html: string): { name: string; attributes: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map(([, name, rest]) => ({
    name: name!.toLowerCase(),
    attributes: [...rest!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [
      key!.toLowerCase(),
      (value ?? "").replace(/&amp;/g, "&"),
    ]),
  }));
}

const SAFE_TAGS = new Set([
  "div",
  "p",
  "a",
  "img",
  "em",
  "strong",
  "code",
  "pre",
  "ul",
  "ol",
  "li",
]);
const SAFE_URL = /^(?:https?:|mailto:|#|\/|$)/i;

function expectHarmless(html: string) {
  for (const tag of tagsOf(html)) {
    expect(SAFE_TAGS, html).toContain(tag.name);
    for (const [name, value] of tag.attributes) {
      expect(name, html).not.toMatch(/^on/);
      expect(name, html).not.toBe("style");
      if (name === "href" || name === "src") expect(value, html).toMatch(SAFE_URL);
    }
  }
  expect(html).not.toMatch(/<script|(?:href|src)="\s*(?:javascript|vbscript|data):/i);
}

describe("Markdown rendering", () => {
  it.each(PAYLOADS)("renders %j harmlessly", (payload) => {
    const html = render(`Before\n\n${payload}\n\nAfter`);
    expect(html).toContain("Before");
    expect(html).toContain("After");
    expectHarmless(html);
  });

  it("still renders ordinary Markdown and links", () => {
    const html = render(
      "## 项目背景\n\n**加粗** [南网](https://www.csg.cn) <mailto:ai@csg.cn>\n\n![图](https://example.com/a.png)\n\n- 一\n- 二",
    );
    expect(html).toContain("<h2>项目背景</h2>");
    expect(html).toContain("<strong>加粗</strong>");
    expect(html).toContain('href="https://www.csg.cn"');
    expect(html).toContain('href="mailto:ai@csg.cn"');
    expect(html).toContain("<li>一</li>");
  });

  it("never loads an image from the text: it becomes a link to it", () => {
    const html = render(
      "![现场图](https://tracker.example/pixel.png) ![](https://tracker.example/b.png)",
    );
    expect(html).not.toContain("<img");
    expect(html).toContain(
      '<a href="https://tracker.example/pixel.png" rel="nofollow noopener noreferrer">现场图</a>',
    );
    expect(html).toContain(">https://tracker.example/b.png</a>");
  });

  it("gives every link rel=nofollow noopener noreferrer", () => {
    const html = render(
      "[南网](https://www.csg.cn) <https://evil.example> [邮件](mailto:ai@csg.cn)",
    );
    const links = tagsOf(html).filter((tag) => tag.name === "a");
    expect(links).toHaveLength(3);
    for (const link of links) {
      expect(Object.fromEntries(link.attributes).rel).toBe("nofollow noopener noreferrer");
    }
  });
});

// If raw HTML is ever let through (rehype-raw), elements like these reach the sanitizer.
const element = (
  tagName: string,
  properties: Element["properties"],
  children: ElementContent[] = [],
): Element => ({ type: "element", tagName, properties, children });

describe("the sanitizer behind it", () => {
  const sanitize = rehypeSanitize(markdownSanitizeSchema);
  const clean = (...children: ElementContent[]) =>
    JSON.stringify(sanitize({ type: "root", children } satisfies Root));

  it("drops scripts, frames, SVG and forms, keeping safe text", () => {
    const output = clean(
      element("script", {}, [{ type: "text", value: "alert(1)" }]),
      element("iframe", { src: "https://evil.example" }),
      element("svg", { onLoad: "alert(1)" }),
      element("form", { action: "javascript:alert(1)" }),
      element("p", {}, [{ type: "text", value: "正文" }]),
    );
    expect(output).not.toMatch(/script|iframe|svg|form|alert/i);
    expect(output).toContain("正文");
  });

  it("drops event handlers, styles and unsafe URLs from allowed elements", () => {
    const output = clean(
      element("img", { src: "x", onError: "alert(1)", style: "x" }),
      element("img", { src: "data:image/svg+xml;base64,PHN2Zz4=" }),
      element("a", { href: "javascript:alert(1)", onClick: "alert(1)" }),
      element("a", { href: "https://www.csg.cn", id: "main" }),
    );
    expect(output).not.toMatch(/onError|onClick|style|javascript|data:|alert/i);
    expect(output).toContain("https://www.csg.cn");
    expect(output).toContain("user-content-main");
  });
});
