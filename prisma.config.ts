import { defineConfig } from "prisma/config";

// Not `env("DATABASE_URL")`: that throws when the variable is unset, and `prisma generate`
// runs at postinstall without a database. The stock CLI migrates as the schema's owner
// (MIGRATION_DATABASE_URL) when there is one; `npm run db:migrate` also grants the app's role.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL },
});
