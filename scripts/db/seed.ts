// `npm run db:seed`: the demo data, into DATABASE_URL (migrated first, as db:migrate does), written
// as the app's role. Idempotent.
import { disconnectDb } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { databaseUrls } from "./database-urls";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const { ownerUrl, appUrl } = databaseUrls();
  await prepareDatabase(ownerUrl, { appUrl });
  console.log(
    (await seedDemo()) ? "Demo data seeded." : "Demo data already present; nothing to do.",
  );
}

main()
  .catch((error: unknown) => {
    console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
