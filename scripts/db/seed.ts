// `npm run db:seed`: the demo data, into DATABASE_URL (migrated first). Idempotent.
import { disconnectDb } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  await prepareDatabase(url);
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
