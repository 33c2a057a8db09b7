import "server-only";
import { db } from "@/lib/db";

/**
 * A stamp of the published requirements: it moves with every publication, closing and edit of a
 * published requirement (not with a deadline passing, which is no write). One cheap query.
 */
export async function publishedRequirementsStamp(): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') AS stamp
    FROM "Requirement" WHERE status = 'PUBLISHED'`;
  return row!.stamp;
}
