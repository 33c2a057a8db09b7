/**
 * The two connections of a deployment: DATABASE_URL is the app's role (the app, the worker, the
 * CLI, the seed), MIGRATION_DATABASE_URL the role that owns the schema (migrations). Without
 * MIGRATION_DATABASE_URL one role does both, as the owner.
 */
export function databaseUrls(): { ownerUrl: string; appUrl: string } {
  const appUrl = process.env.DATABASE_URL;
  if (!appUrl) throw new Error("DATABASE_URL is not set");
  return { ownerUrl: process.env.MIGRATION_DATABASE_URL || appUrl, appUrl };
}
