import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { clientNamespaces, isProvided } from "@/tests/helpers/client-namespaces";
import { CLIENT_MESSAGES, pickMessages, type ClientMessagesScope } from "./client-namespaces";

// Every client component renders under a provider holding the namespaces it reads: walking
// each route file's and each provider's imports, the namespaces client code reads are in the
// nearest provider's list (its own, else the nearest layout's up to the root layout's).

const scopes = Object.entries(CLIENT_MESSAGES) as [
  ClientMessagesScope,
  (typeof CLIENT_MESSAGES)[ClientMessagesScope],
][];
const providerFiles = scopes.map(([, { file }]) => file);
const scopeOf = (file: string) => scopes.find(([, scope]) => scope.file === file)?.[1];

const ROUTE_FILE = /(^|\/)(page|layout|error|not-found|loading|template|default)\.tsx$/;
const routeFiles = readdirSync("app", { recursive: true })
  .map((file) => `app/${String(file).split(path.sep).join("/")}`)
  .filter((file) => ROUTE_FILE.test(file));

/** The provider a route file's client components render under. */
function providerFor(file: string): readonly string[] {
  const own = scopeOf(file);
  if (own) return own.namespaces;
  for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
    const layout = scopeOf(`${dir}/layout.tsx`);
    if (layout && `${dir}/layout.tsx` !== file) return layout.namespaces;
    if (dir === "app") throw new Error(`${file}: no provider above it`);
  }
}

describe("the messages client components get", () => {
  it("finds the namespaces client code reads", () => {
    // The requirement page's islands read these; a walk that finds none proves nothing.
    const read = clientNamespaces("app/requirements/[id]/page.tsx", providerFiles);
    expect([...read]).toEqual(expect.arrayContaining(["clarifications.ask", "validation"]));
  });

  it.each(routeFiles)("%s: its client components' namespaces are provided", (file) => {
    const missing = [...clientNamespaces(file, providerFiles)].filter(
      (namespace) => !isProvided(namespace, providerFor(file)),
    );
    expect(missing).toEqual([]);
  });

  it.each(scopes)(
    "%s: the provider is rendered where it says, with what it reads",
    (name, scope) => {
      expect(readFileSync(scope.file, "utf8")).toContain(`<ClientMessages scope="${name}">`);
      const missing = [...clientNamespaces(scope.file, providerFiles)].filter(
        (namespace) => !isProvided(namespace, scope.namespaces),
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(scopes)("%s: every namespace it lists exists in both languages", (_, scope) => {
    for (const namespace of scope.namespaces) {
      for (const locale of ["zh-CN", "en"] as const) {
        const picked = JSON.stringify(pickMessages(messages[locale], [namespace]));
        expect(picked, `${namespace} in ${locale}`).not.toBe("{}");
      }
    }
  });

  it("the root layout gives no feature's forms their messages", () => {
    expect(existsSync(CLIENT_MESSAGES.site.file)).toBe(true);
    expect(CLIENT_MESSAGES.site.namespaces).toEqual(["systemPages"]);
  });
});

describe("pickMessages", () => {
  it("keeps the named namespaces and sub-namespaces, nested as they were, and nothing else", () => {
    const catalog = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };
    expect(pickMessages(catalog, ["a.y", "c"])).toEqual({ a: { y: { z: "2" } }, c: "4" });
    expect(pickMessages(catalog, ["a.x", "a.y"])).toEqual({ a: { x: "1", y: { z: "2" } } });
    expect(pickMessages(catalog, ["b", "missing"])).toEqual({ b: { w: "3" } });
  });
});
