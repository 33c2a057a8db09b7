import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { apiV1Routes } from "@/lib/api/v1/routes";
import { GET as openApiJson } from "@/app/api/v1/openapi.json/route";

async function fetchDocument(acceptLanguage?: string) {
  const request = new NextRequest("http://localhost:3000/api/v1/openapi.json", {
    headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {},
  });
  const response = openApiJson(request);
  expect(response.status).toBe(200);
  return response.json();
}

/** Every `$ref` in the document, as `#/components/...` strings. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" ? [value] : refs(value),
  );
}

/** The API paths that have a route handler file under app/api/v1 (`[id]` as `{id}`). */
function handlerPaths(dir = path.join(process.cwd(), "app/api/v1"), base = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [base] : [];
    const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
    return handlerPaths(path.join(dir, entry.name), `${base}/${segment}`);
  });
}

describe("the OpenAPI document", () => {
  it("names the public URL (APP_URL) as its server, not the host it was asked through", async () => {
    const saved = process.env.APP_URL;
    process.env.APP_URL = "https://zhipei.example.cn/";
    try {
      const doc = await fetchDocument();
      expect(doc.servers).toEqual([{ url: "https://zhipei.example.cn" }]);
    } finally {
      if (saved === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = saved;
    }
  });

  it("is OpenAPI 3.1 with every route, its parameters, answers and security", async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "智配开放接口", version: expect.any(String) });
    expect(Object.keys(doc.paths).sort()).toEqual(
      [...new Set(apiV1Routes.map((r) => r.path))].sort(),
    );
    const list = doc.paths["/api/v1/requirements"].get;
    expect(list.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(
      [
        "q",
        "industry",
        "capability",
        "region",
        "budgetMin",
        "budgetMax",
        "deadlineFrom",
        "deadlineTo",
        "state",
        "verified",
        "sort",
        "cursor",
        "limit",
        "count",
      ].map((name) => `query:${name}`),
    );
    expect(Object.keys(list.responses)).toContain("422");
    expect(list.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/RequirementPage",
    });
    expect(list.responses["400"].content["application/problem+json"].schema).toEqual({
      $ref: "#/components/schemas/Problem",
    });
    const get = doc.paths["/api/v1/requirements/{id}"].get;
    expect(get.parameters).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
    ]);
    expect(Object.keys(get.responses)).toContain("404");
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      "bearerToken",
      "sessionCookie",
    ]);
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
  });

  it("documents dates as date-time strings and every reference resolves", async () => {
    const doc = await fetchDocument();
    const summary = doc.components.schemas.RequirementSummary;
    expect(summary.properties.deadline).toMatchObject({
      type: ["string", "null"],
      format: "date-time",
    });
    expect(summary.required).toContain("organization");
    for (const ref of refs(doc)) {
      const [, , kind, name] = ref.split("/");
      expect(doc.components[kind!]?.[name!], ref).toBeDefined();
    }
  });

  it("has every text translated, in Chinese by default and in English on request", async () => {
    const [zh, en] = [await fetchDocument(), await fetchDocument("en")];
    for (const doc of [zh, en]) {
      const text = JSON.stringify(doc);
      expect(text).not.toMatch(/"@|apiDocs\.|api\.titles/);
    }
    expect(zh.paths["/api/v1/vendors"].get.summary).toBe("列出供应商");
    expect(en.paths["/api/v1/vendors"].get.summary).toBe("List vendors");
  });

  it("describes exactly the routes that have a handler", () => {
    expect(
      handlerPaths()
        .filter((p) => !p.endsWith("openapi.json"))
        .sort(),
    ).toEqual([...new Set(apiV1Routes.map((r) => r.path))].sort());
  });
});
