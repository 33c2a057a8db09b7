// Runs `prisma generate` offline. The CLI wants a schema-engine binary on every command (and
// tries to download one); generate never runs it, so any existing executable will do.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const prisma = fileURLToPath(new URL("../../node_modules/.bin/prisma", import.meta.url));

const result = spawnSync(prisma, ["generate", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
if (result.error) {
  console.error(`prisma generate failed to start: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
