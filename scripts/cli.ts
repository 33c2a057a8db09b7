// `npm run cli -- <command>`: the operator CLI (shared/spec/cli-and-import.md), against the
// database in DATABASE_URL or, when that is unset, the demo's embedded database.
import { disconnectDb } from "@/lib/db";
import { prepareDatabase } from "./db/prepare-database";
import { openDemoDatabase, type DemoDatabase } from "./lib/demo-database";
import { runCli } from "./cli/run-cli";

const log = (line: string) => process.stderr.write(`[cli] ${line}\n`);

async function main(): Promise<number> {
  let demo: DemoDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    demo = await openDemoDatabase(log);
    await prepareDatabase(demo.ownerUrl, { appUrl: demo.appUrl });
    process.env.DATABASE_URL = demo.appUrl;
  }
  try {
    return await runCli(process.argv.slice(2), {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    });
  } finally {
    await disconnectDb();
    await demo?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
