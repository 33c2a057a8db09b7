// Two instances of the production server on one database, behind a round-robin reverse proxy,
// and two job workers (docs/scaling.md): nothing a user does may depend on which one answers.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createProxyServer } from "http-proxy-3";
import pg from "pg";
import PgBoss from "pg-boss";
import { startApp } from "../scripts/lib/next-server";
import { DEMO_PASSWORD, signIn } from "./support/session";
import { expect, test } from "./support/test";

const first = Number(process.env.E2E_PORT ?? 3100);
const second = first + 1;
const proxyPort = first + 2;
const instanceUrl = (port: number) => `http://127.0.0.1:${port}`;
const proxyUrl = instanceUrl(proxyPort);

const e2eApp = JSON.parse(readFileSync(`.data/e2e-app-${first}.json`, "utf8")) as {
  env: Record<string, string>;
  ownerUrl: string;
};

/**
 * Round robin over both instances, pages and other requests (scripts, prefetches) each in their
 * own turn: how many of the others a page makes varies, and must not decide where the next page
 * goes. Each answer says which instance served it.
 */
function startProxy(): Promise<{ server: Server; served: string[] }> {
  const proxy = createProxyServer({});
  const targets = [first, second];
  const served: string[] = [];
  const turns = { document: 0, other: 0 };
  const server = createServer((req, res) => {
    const kind = req.headers["sec-fetch-dest"] === "document" ? "document" : "other";
    const port = targets[turns[kind]++ % targets.length]!;
    served.push(`${port} ${req.method} ${req.url}`);
    res.setHeader("x-served-by", String(port));
    proxy.web(req, res, { target: instanceUrl(port) }, () => {
      res.writeHead(502).end();
    });
  });
  return new Promise((resolve) => server.listen(proxyPort, () => resolve({ server, served })));
}

let app: ChildProcess;
let worker: ChildProcess;
let proxy: { server: Server; served: string[] };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // The e2e server (scripts/e2e-server.ts) is the first instance and runs the first workers.
  const env = { ...process.env, ...e2eApp.env };
  [app, worker] = await Promise.all([
    startApp(second, env),
    Promise.resolve(
      spawn(
        path.resolve("node_modules", ".bin", "tsx"),
        ["--import", "./scripts/lib/allow-server-only.mjs", "scripts/worker.ts"],
        { stdio: "inherit", env },
      ),
    ),
  ]);
  proxy = await startProxy();
});

test.afterAll(async () => {
  proxy?.server.close();
  app?.kill("SIGTERM");
  worker?.kill("SIGTERM");
});

const servedBy = (pattern: RegExp) =>
  new Set(proxy.served.filter((line) => pattern.test(line)).map((line) => line.split(" ")[0]));

test("a session signed in through one instance is signed in on the other", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "canglan@zhipei.demo"); // on the first instance, the suite's base URL
  // Cookies do not depend on the port: the same browser now asks the second instance directly…
  await page.goto(`${instanceUrl(second)}/organization`);
  await expect(page).toHaveURL(`${instanceUrl(second)}/organization`);
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible();
  // …and through the proxy, whose round robin hands the pages to both instances in turn.
  for (const target of ["/organization", "/vendors", "/organization", "/"]) {
    await page.goto(`${proxyUrl}${target}`, { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("button", { name: "退出" })).toBeVisible();
  }
  expect(servedBy(/ GET \/(organization|vendors)?$/)).toEqual(
    new Set([String(first), String(second)]),
  );
  await context.close();
});

async function tryPassword(page: Page, base: string, password: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("电子邮箱").fill("chengliu@zhipei.demo");
  await page.getByLabel("密码").fill(password);
  await page.getByRole("main").getByRole("button", { name: "登录" }).click();
  return page.getByRole("main").getByRole("alert");
}

test("failed sign-ins count on one counter, whichever instance they reach", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  for (let attempt = 1; attempt < 10; attempt++) {
    const base = instanceUrl(attempt % 2 ? first : second);
    await expect(await tryPassword(page, base, `wrong-${attempt}`)).toHaveText("邮箱或密码不正确");
  }
  await expect(await tryPassword(page, instanceUrl(second), "wrong-10")).toHaveText(
    "登录失败次数过多，请在 15 分钟后再试",
  );
  await expect(await tryPassword(page, instanceUrl(first), DEMO_PASSWORD)).toContainText(
    "分钟后再试",
  );
  await context.close();
});

interface ApiPage {
  items: { id: string }[];
  nextCursor: string | null;
}

async function apiPage(base: string, query: string): Promise<ApiPage> {
  const response = await fetch(`${base}/api/v1/requirements?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ApiPage;
}

test("a search's pages are the same whichever instance serves each of them", async () => {
  for (const search of ["q=智能", "q=AI", "sort=deadline", ""]) {
    // One walk on one instance (its pages after the first come from its snapshot), one that
    // alternates (the other instance has no snapshot and reads the database).
    const walk = async (bases: string[]) => {
      const ids: string[][] = [];
      let cursor: string | null = null;
      for (let index = 0; index === 0 || cursor; index++) {
        const query = `${search}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
        const page: ApiPage = await apiPage(bases[index % bases.length]!, query);
        ids.push(page.items.map((item) => item.id));
        cursor = page.nextCursor;
      }
      return ids;
    };
    const alone = await walk([instanceUrl(first)]);
    expect(alone.length, search).toBeGreaterThan(1);
    expect(await walk([instanceUrl(second), instanceUrl(first)]), search).toEqual(alone);
    expect(await walk([instanceUrl(first), instanceUrl(second)]), search).toEqual(alone);
  }
});

test("with two workers, each deadline is closed once, with one audit event", async () => {
  test.setTimeout(120_000);
  const owner = new pg.Client({ connectionString: e2eApp.ownerUrl });
  await owner.connect();
  const boss = new PgBoss({ connectionString: e2eApp.ownerUrl, schema: "pgboss", migrate: false });
  await boss.start();
  const ids = ["a", "b", "c", "d"].map((letter) => `two-instances-${letter}-${Date.now()}`);
  try {
    // Copies of a published requirement (the demo's stay as they are for the other specs),
    // due in two seconds by the database's clock.
    for (const id of ids) {
      await owner.query(
        `CREATE TEMP TABLE copy AS SELECT * FROM "Requirement" WHERE status = 'PUBLISHED' LIMIT 1;
         UPDATE copy SET id = '${id}', key = NULL, "projectNumber" = NULL,
           "questionDeadline" = NULL, deadline = now() + interval '2 seconds';
         INSERT INTO "Requirement" SELECT * FROM copy;
         DROP TABLE copy;`,
      );
      const { rows } = await owner.query<{ deadline: Date }>(
        `SELECT deadline FROM "Requirement" WHERE id = $1`,
        [id],
      );
      // Twice, as a scheduling retried by a client would: the second must change nothing.
      for (let copy = 0; copy < 2; copy++) {
        await boss.send(
          "requirement-deadline",
          { requirementId: id },
          { startAfter: rows[0]!.deadline },
        );
      }
    }
    await expect
      .poll(
        async () =>
          (
            await owner.query(
              `SELECT count(*)::int AS n FROM "Requirement" WHERE id = ANY($1) AND status = 'EVALUATING'`,
              [ids],
            )
          ).rows[0].n,
        { timeout: 60_000 },
      )
      .toBe(ids.length);
    await expect
      .poll(
        async () =>
          (
            await owner.query(
              `SELECT count(*)::int AS n FROM pgboss.job
               WHERE name = 'requirement-deadline' AND data->>'requirementId' = ANY($1)
                 AND state = 'completed'`,
              [ids],
            )
          ).rows[0].n,
        { timeout: 30_000 },
      )
      .toBe(ids.length * 2);
    const audits = await owner.query<{ entity: string; n: number }>(
      `SELECT "entityId" AS entity, count(*)::int AS n FROM "AuditEvent"
       WHERE "entityId" = ANY($1) AND action = 'requirement.close' GROUP BY "entityId"`,
      [ids],
    );
    expect(audits.rows.map((row) => row.n)).toEqual(ids.map(() => 1));
    // Which job closed it: exactly one of the requirement's jobs (or the sweep) did.
    const { rows: outputs } = await owner.query<{ output: { closed?: string[] } | null }>(
      `SELECT output FROM pgboss.job
       WHERE name = 'requirement-deadline' AND data->>'requirementId' = ANY($1)`,
      [ids],
    );
    const closedByJobs = outputs.flatMap((row) => row.output?.closed ?? []);
    expect(new Set(closedByJobs).size).toBe(closedByJobs.length);
  } finally {
    await boss.stop({ graceful: false });
    await owner.query(`DELETE FROM "Requirement" WHERE id = ANY($1)`, [ids]);
    await owner.end();
  }
});
