import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { prepareDatabase } from "@/scripts/db/prepare-database";
import { localAppEnvironment } from "@/scripts/lib/app-environment";
import { buildApp, isBuildCurrent, startApp } from "@/scripts/lib/next-server";
import { openBenchDatabase } from "./bench-database";
import { benchSession } from "./bench-sessions";
import { loadDataset } from "./load-dataset";

export interface BenchApp {
  pool: pg.Pool;
  /** The Cookie headers of the signed-in enterprise and vendor owners. */
  cookies: Record<"enterprise" | "vendor", string>;
  /** Starts the production server on the port (the bench reference page on), stopped at the end. */
  start(env?: Record<string, string>, nodeFlags?: string[]): Promise<ChildProcess>;
}

/**
 * The bench database (migrated and generated when `prepare`), the current production build,
 * the bench sessions, and the server started by `run`; everything is stopped afterwards.
 */
export async function withBenchApp(
  options: { port: number; log: (line: string) => void; prepare: boolean },
  run: (bench: BenchApp) => Promise<void>,
): Promise<void> {
  const database = await openBenchDatabase(options.log);
  const local = await localAppEnvironment({
    port: options.port,
    smtpPort: options.port + 1,
    mailDir: ".data/bench-mail",
    freshMail: true,
  });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const started: ChildProcess[] = [];
  try {
    if (options.prepare) {
      await prepareDatabase(database.url);
      const load = await loadDataset(database.url, options.log);
      options.log(`data: ${JSON.stringify(load.size)}`);
    }
    if (!isBuildCurrent()) await buildApp(process.env);
    process.env.DATABASE_URL = database.url; // the sessions below are written by the app's client
    const cookies = {
      enterprise: await benchSession(pool, "ENTERPRISE"),
      vendor: await benchSession(pool, "VENDOR"),
    };
    const env = { ...process.env, ...local.env, DATABASE_URL: database.url };
    await run({
      pool,
      cookies,
      start: async (extra = {}, nodeFlags = []) => {
        const app = await startApp(
          options.port,
          { ...env, BENCH_REFERENCE_PAGE: "1", ...extra },
          nodeFlags,
        );
        started.push(app);
        return app;
      },
    });
  } finally {
    for (const app of started) if (app.exitCode === null) app.kill("SIGTERM");
    await pool.end();
    await local.sink.close();
    await database.stop();
  }
}

/** Runs a bench script's `main`, exiting 0 when it ends and 1 (with the error) when it throws. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
