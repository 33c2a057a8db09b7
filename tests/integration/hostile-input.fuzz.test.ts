import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { NextRequest } from "next/server";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import { proxy } from "@/proxy";
import { apiHandler } from "@/lib/api/api-handler";
import { apiV1Routes } from "@/lib/api/v1/routes";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { DomainError } from "@/lib/domain/errors";
import { createCast, createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createRequirement } from "@/tests/helpers/factories";
import { setUpInbox } from "@/tests/helpers/inbox";
import { sessionCookieOf } from "@/tests/helpers/session-cookie";
import { setUpStorage } from "@/tests/helpers/storage";

// Random and hostile values at every API parameter and every form action's fields: whatever
// arrives, the answer is a refusal the user can read (4xx, a field error), never a 500.
// Server actions run as they are, with the request's cookies, headers and language given to
// them here (next/headers and next-intl/server need a Next.js request otherwise).

const request = vi.hoisted(() => ({ cookie: "", headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => new RequestCookies(new Headers({ cookie: request.cookie })),
  headers: async () => request.headers,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messages } = await import("@/messages");
  return {
    getLocale: async () => "zh-CN",
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: "zh-CN", messages: messages["zh-CN"], namespace }),
  };
});

process.env.NEXTAUTH_SECRET ??= "fuzz-test-secret-fuzz-test-secret-1";
setUpTestDatabase();
setUpStorage();
setUpInbox();

/** Texts that have broken web apps: NUL and other controls, lone surrogates, bidi, SQL, huge. */
const HOSTILE_TEXTS = [
  "\0",
  "a\0b",
  "%00",
  "\uD800",
  "\uDFFF\uD800",
  "\u202Eexe.pdf",
  "\r\nSet-Cookie: x=1",
  '\'; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "-1",
  "1e309",
  "NaN",
  "9".repeat(400),
  "2027-02-30T00:00",
  "0000-01-01",
  "𠜎".repeat(3000),
  "a".repeat(70_000),
  " ",
  "",
  "true",
  "null",
  "[object Object]",
  '{"sort":"newest","values":["2027-02-30T00:00:00.000Z","x"]}',
];
const PLAUSIBLE_TEXTS = [
  "电能量数据创新应用",
  "user@example.com",
  "Passw0rd2026",
  "2030-06-30T17:00",
  "2030-06-30",
  "100",
  "1",
  "power-grid",
  "llm",
  "广东",
  "PUBLIC",
  "OWNER",
  "on",
];
const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** A path segment as a client sends it; a lone surrogate as the bytes that are no UTF-8. */
function pathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

describe("the API", () => {
  it("answers random and hostile values of every parameter with no 5xx", async () => {
    const requirement = await createRequirement();
    const cookie = await sessionCookieOf((await createUser()).user.id);
    for (const route of apiV1Routes) {
      const queryNames = Object.keys(route.query?.shape ?? {});
      const pathNames = Object.keys(route.params?.shape ?? {});
      const handler = apiHandler(route);
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...queryNames, "x"), hostileText, { maxKeys: 4 }),
          fc.dictionary(fc.constantFrom(...pathNames, "id"), hostileText, { maxKeys: 1 }),
          fc.boolean(),
          async (query, pathValues, signedIn) => {
            const params = Object.fromEntries(
              pathNames.map((name) => [name, pathValues[name] ?? requirement.id]),
            );
            const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
              pathSegment(params[name]!),
            );
            const url = new URL(path, "http://localhost:3000");
            for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
            const incoming = new NextRequest(url, {
              headers: { host: "localhost:3000", ...(signedIn ? { cookie } : {}) },
            });
            const refused = proxy(incoming);
            if (!refused.headers.get("x-middleware-next")) {
              expect(refused.status).toBeLessThan(500);
            }
            // The route itself holds too, as if a request got past the proxy.
            const response = await handler(incoming, { params: Promise.resolve(params) });
            expect(response.status, `${url} → ${await response.clone().text()}`).toBeLessThan(500);
          },
        ),
        { numRuns: 60 },
      );
    }
  });
});

/** Every field name any form schema has (and a few no form has): each action finds its own. */
async function formFieldNames(): Promise<string[]> {
  const modules = import.meta.glob("/lib/domain/**/*.schema.ts", { eager: true });
  const names = new Set(["file", "files", "logo", "license", "redirectTo", "callbackUrl", "x"]);
  const collect = (schema: unknown, depth = 0): void => {
    if (!(schema instanceof z.ZodType) || depth > 4) return;
    if (schema instanceof z.ZodObject) Object.keys(schema.shape).forEach((n) => names.add(n));
    const def = schema._zod.def as { in?: unknown; out?: unknown; innerType?: unknown };
    for (const inner of [def.in, def.out, def.innerType]) collect(inner, depth + 1);
  };
  for (const exports of Object.values(modules)) {
    for (const value of Object.values(exports as Record<string, unknown>)) collect(value);
  }
  return [...names];
}

type Action = (...args: unknown[]) => Promise<unknown>;

async function formActions(): Promise<[string, Action][]> {
  const modules = import.meta.glob(["/app/**/actions.ts", "/app/actions/*.ts"], { eager: true });
  return Object.entries(modules).flatMap(([file, module]) =>
    Object.entries(module as Record<string, unknown>)
      .filter((entry): entry is [string, Action] => typeof entry[1] === "function")
      .map(([name, action]): [string, Action] => [`${file} ${name}`, action]),
  );
}

/** Next.js answers these thrown by an action with a redirect or a 404, not a 500. */
const isNavigation = (error: unknown) =>
  error instanceof Error &&
  "digest" in error &&
  /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK;4)/.test(String(error.digest));

describe("every form action", () => {
  it("answers random and hostile values of its fields with a result, never a fault", async () => {
    const [fields, actions] = await Promise.all([formFieldNames(), formActions()]);
    expect(actions.length).toBeGreaterThan(30);
    const enterprise = await createCast("ENTERPRISE");
    const vendor = await createCast("VENDOR");
    const users = [enterprise.owner, enterprise.member, vendor.owner, enterprise.admin];
    const cookies = ["", ...(await Promise.all(users.map(({ user }) => sessionCookieOf(user.id))))];
    const requirement = await createRequirement({ orgId: enterprise.org.id });
    const ids = [enterprise.org.id, vendor.org.id, enterprise.member.user.id, requirement.id];
    const value = fc.oneof(
      { weight: 2, arbitrary: hostileText },
      // Values a form would accept, so that parsing gets past them to the hostile ones.
      { weight: 6, arbitrary: fc.constantFrom(...PLAUSIBLE_TEXTS) },
      { weight: 2, arbitrary: fc.constantFrom(...ids) },
      fc
        .uint8Array({ maxLength: 64 })
        .map((bytes) => new File([new Uint8Array(bytes)], "x\u202E.pdf.html")),
    );
    for (const [name, action] of actions) {
      await fc.assert(
        fc.asyncProperty(
          fc.record(Object.fromEntries(fields.map((field) => [field, value])), {
            requiredKeys: [],
          }),
          fc.constantFrom(...cookies),
          async (entries, cookie) => {
            request.cookie = cookie;
            request.headers = new Headers({ "x-zhipei-client-ip": "203.0.113.77" });
            const formData = new FormData();
            for (const [key, item] of Object.entries(entries)) if (item) formData.append(key, item);
            try {
              await (action.length >= 2 ? action(undefined, formData) : action(formData));
            } catch (error) {
              if (isNavigation(error)) return;
              throw new Error(`${name} failed on ${JSON.stringify(entries)}`, { cause: error });
            }
          },
        ),
        { numRuns: 15 },
      );
    }
  });

  it("signing in refuses any email and password with a message, never a fault", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (email, password) => {
        const error = await authenticate({ email, password }, { ip: null, device: null }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(DomainError);
      }),
      { numRuns: 40 },
    );
  });
});
