import { defineConfig } from "prisma/config";

// Not `env("DATABASE_URL")`: that throws when the variable is unset, and `prisma generate`
// runs at postinstall without a database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
