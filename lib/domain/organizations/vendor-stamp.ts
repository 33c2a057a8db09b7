import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const PROFILES = Prisma.sql`
  (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Organization" WHERE kind = 'VENDOR'),
  (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "CaseStudy")`;

const TRACK_RECORDS = Prisma.sql`
  (SELECT count(*) || ':' || coalesce(max("decidedAt")::text, '') FROM "Award"),
  (SELECT count(*) || ':' || count("completedAt") || ':' || coalesce(max("completedAt")::text, '') FROM "Contract")`;

async function readStamp(parts: Prisma.Sql[]): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws('|', ${Prisma.join(parts)}) AS stamp`;
  return row!.stamp;
}

/**
 * Moves with every change to a vendor's profile (its verification too) or case studies: what
 * the directory finds vendors by. Read once per page render; elsewhere each call reads it.
 */
export const vendorProfilesStamp = cache(() => readStamp([PROFILES]));

/** The profiles' stamp and the track records': it also moves with an award or a contract. */
export const vendorStamp = cache(() => readStamp([PROFILES, TRACK_RECORDS]));
