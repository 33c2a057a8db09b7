import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const nextBin = path.resolve("node_modules", ".bin", "next");
const tsxBin = path.resolve("node_modules", ".bin", "tsx");
/** The flag every script needs to load modules marked `server-only` (as `npm start` has it). */
const SERVER_ONLY_IMPORT = ["--import", "./scripts/lib/allow-server-only.mjs"];

function run(args: string[], env: NodeJS.ProcessEnv, bin = nextBin): ChildProcess {
  return spawn(bin, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
];

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry)
      .filter((name) => name !== "generated")
      .map((name) => newestModification(path.join(entry, name))),
  );
}

/** True when a production build exists and no source file changed after it. */
export function isBuildCurrent(): boolean {
  const buildId = path.resolve(".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestModification(source) <= builtAt);
}

/** `next build`, resolving when it succeeds. */
export function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    run(["build"], env).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed with exit code ${code}`)),
    );
  });
}

/**
 * The app's server (scripts/server.ts, as `npm start`) on the port; resolves once it answers.
 * `nodeFlags` go to node (e.g. `--cpu-prof`, which NODE_OPTIONS may not carry).
 */
export async function startApp(
  port: number,
  env: NodeJS.ProcessEnv,
  nodeFlags: string[] = [],
): Promise<ChildProcess> {
  const child = run(
    [...nodeFlags, ...SERVER_ONLY_IMPORT, "scripts/server.ts", "--port", String(port)],
    env,
    tsxBin,
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the app's server exited with code ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { method: "HEAD" });
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  child.kill("SIGTERM");
  throw new Error(`the app did not answer on port ${port} within 60 s`);
}
