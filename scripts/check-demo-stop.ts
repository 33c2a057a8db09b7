// `npm run test:demo-stop`: `npm run demo` on its own ports with a fresh data folder, stopped as a
// terminal's Ctrl-C stops it (SIGINT to its whole process group). It must exit with 0, say one
// line while stopping, and leave no database running. Not part of `npm test`: a fresh database,
// the demo seed and a second app server take about a minute (it needs a build: run `next build`
// first, or the demo builds one).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const PORT = process.env.PORT ?? "3205";
const PG_PORT = process.env.DEMO_PG_PORT ?? "54345";
const SMTP_PORT = process.env.DEMO_SMTP_PORT ?? "1045";
const READY = /is running at/;
const READY_TIMEOUT_MS = 5 * 60_000;

const dataDir = path.resolve(".data", `demo-stop-check-${process.pid}`);

function portIsOpen(port: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: Number(port) });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function fail(message: string, output: string): never {
  console.error(`demo stop check FAILED: ${message}\n--- demo output ---\n${output}`);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT,
    DEMO_PG_PORT: PG_PORT,
    DEMO_SMTP_PORT: SMTP_PORT,
    DEMO_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL; // the embedded database is the point
  // Its own process group, as a terminal's job: the signal below reaches every process in it.
  const demo = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["--import", "./scripts/lib/allow-server-only.mjs", "scripts/demo.ts"],
    {
      detached: true,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  let afterStop = "";
  let signalled = false;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (signalled) afterStop += chunk.toString();
  };
  demo.stdout.on("data", collect);
  demo.stderr.on("data", collect);
  const exited = new Promise<number | null>((resolve) => demo.once("exit", resolve));

  const started = Date.now();
  while (!READY.test(output)) {
    if (demo.exitCode !== null)
      fail(`the demo exited with ${demo.exitCode} before it was ready`, output);
    if (Date.now() - started > READY_TIMEOUT_MS) {
      process.kill(-demo.pid!, "SIGKILL");
      fail("the demo was not ready in time", output);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`demo ready after ${Math.round((Date.now() - started) / 1000)} s; pressing Ctrl-C`);
  signalled = true;
  process.kill(-demo.pid!, "SIGINT");
  const code = await exited;
  const lines = afterStop.split("\n").filter((line) => line.trim() !== "");
  if (code !== 0) fail(`exit code ${code}, expected 0`, output);
  if (lines.length > 1) fail(`${lines.length} lines while stopping, expected one`, afterStop);
  if (await portIsOpen(PG_PORT)) fail(`the database still listens on ${PG_PORT}`, output);
  if (await portIsOpen(PORT)) fail(`the app still listens on ${PORT}`, output);
  console.log(`demo stopped cleanly: exit code 0, said "${lines[0] ?? ""}"`);
}

main().then(
  () => rmSync(dataDir, { recursive: true, force: true }),
  (error: unknown) => fail(String(error), ""),
);
