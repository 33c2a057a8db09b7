"use server";

import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { findSimilarToDraft } from "@/lib/domain/matching/find-similar-to-draft";
import type { Locale } from "@/lib/i18n/config";
import { displayName } from "@/components/organizations/organization-name";

/** What the editor's 相似需求 shows of one requirement: plain data for the client. */
export interface DraftSimilarItem {
  id: string;
  title: string;
  status: Awaited<ReturnType<typeof findSimilarToDraft>>[number]["status"];
  organization: string;
  awardedTo: string | null;
  reasons: string[];
}

/**
 * Other enterprises' requirements like the draft being written (its title and texts, tags and
 * industry). A draft too short or a refused actor gets none: it is a hint, never an error.
 */
export async function similarToDraftAction(draft: {
  text: string;
  tags: string[];
  industry?: string;
}): Promise<DraftSimilarItem[]> {
  const locale = (await getLocale()) as Locale;
  try {
    const similar = await findSimilarToDraft(await currentActor(), { ...draft, limit: 5, locale });
    return similar.map((item) => ({
      id: item.requirement.id,
      title: item.requirement.title,
      status: item.status,
      organization: displayName(item.organization, locale),
      awardedTo: item.awardedTo?.name ?? null,
      reasons: item.reasons,
    }));
  } catch (error) {
    if (error instanceof DomainError) return [];
    throw error;
  }
}
