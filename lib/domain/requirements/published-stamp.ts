import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

async function readPublishedStamp(): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') AS stamp
    FROM "Requirement" WHERE status = 'PUBLISHED'`;
  return row!.stamp;
}

/**
 * A stamp of the published requirements: it moves with every publication, closing and edit of a
 * published requirement (not with a deadline passing, which is no write). One cheap query, read
 * once per page render (as the clock is); elsewhere each call reads it.
 */
export const publishedRequirementsStamp = cache(readPublishedStamp);
