import "server-only";
import { db } from "@/lib/db";

export interface TrackRecordEntry {
  contractId: string;
  completedAt: Date;
  rating: number;
  ratingComment: string | null;
  /** Named only for a PUBLIC requirement; an invitation-only one stays unnamed. */
  requirement: { id: string; title: string; enterpriseName: string } | null;
}

export interface TrackRecord {
  completed: number;
  /** To one decimal; null without a completed contract. */
  meanRating: number | null;
  entries: TrackRecordEntry[];
}

/**
 * A vendor's public track record: its completed contracts with the enterprise's rating, newest
 * first. Public like the profile it belongs to.
 */
export async function getTrackRecord(vendorOrgId: string): Promise<TrackRecord> {
  const contracts = await db.contract.findMany({
    where: { completedAt: { not: null }, award: { proposal: { vendorOrgId } } },
    orderBy: { completedAt: "desc" },
    select: {
      id: true,
      completedAt: true,
      rating: true,
      ratingComment: true,
      requirement: {
        select: {
          id: true,
          title: true,
          visibility: true,
          organization: { select: { name: true } },
        },
      },
    },
  });
  const entries = contracts.map(
    ({ id, completedAt, rating, ratingComment, requirement }): TrackRecordEntry => ({
      contractId: id,
      completedAt: completedAt!,
      rating: rating!,
      ratingComment,
      requirement:
        requirement.visibility === "PUBLIC"
          ? {
              id: requirement.id,
              title: requirement.title,
              enterpriseName: requirement.organization.name,
            }
          : null,
    }),
  );
  const total = entries.reduce((sum, entry) => sum + entry.rating, 0);
  return {
    completed: entries.length,
    meanRating: entries.length ? Math.round((total / entries.length) * 10) / 10 : null,
    entries,
  };
}
