import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";

/** Another user's saved search (a colleague's too) is "not found", so ids reveal nothing. */
export const savedSearchNotFound = () => new DomainError("NOT_FOUND", "savedSearchNotFound");

/** Changes the user's own saved search `id`; refused as not found otherwise, or once deleted. */
export async function updateOwnSavedSearch(
  userId: string,
  id: string,
  data: Prisma.SavedSearchUpdateManyMutationInput,
): Promise<void> {
  const { count } = await db.savedSearch.updateMany({ where: { id, userId }, data });
  if (count === 0) throw savedSearchNotFound();
}
