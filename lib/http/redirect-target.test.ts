import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect-target";

const origin = "https://zhipei.example.cn";

describe("redirect targets from requests", () => {
  it.each([
    ["/requirements/abc?tab=qa#q1", "/requirements/abc?tab=qa#q1"],
    ["/organization", "/organization"],
    ["https://zhipei.example.cn/account", "/account"],
    ["account/tokens", "/account/tokens"],
  ])("keeps the app's own %s", (target, path) => {
    expect(safeRedirectPath(target, origin)).toBe(path);
  });

  it.each([
    "/\\evil.example/x", // /%5Cevil.example/x: browsers read "\" as "/"
    "/\t/evil.example/x", // /%09/evil.example/x: browsers drop the tab
    "/\n/evil.example",
    "\\\\evil.example",
    "//evil.example/x",
    "https://evil.example/x",
    "https://zhipei.example.cn.evil.example/",
    "http://zhipei.example.cn/", // another origin: the scheme differs
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "",
  ])("refuses %j and falls back to /", (target) => {
    expect(safeRedirectPath(target, origin)).toBe("/");
  });

  it("refuses what is not a string", () => {
    expect(safeRedirectPath(["/a", "/b"], origin)).toBe("/");
    expect(safeRedirectPath(undefined, origin)).toBe("/");
  });
});
