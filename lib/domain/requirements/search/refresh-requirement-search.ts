import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchText } from "@/lib/search/search-document";
import { writeSearchIndex } from "@/lib/search/search-sql";
import {
  requirementSearchDocument,
  requirementSearchFieldsSelect,
} from "./requirement-search-document";

/**
 * Re-indexes one requirement from its current columns. Every write that changes a column of
 * `requirementSearchFieldsSelect` calls it in the same transaction, so search never lags.
 * `updatedAt` and `version` are left alone: indexing is not an edit.
 */
export async function refreshRequirementSearch(
  tx: Prisma.TransactionClient,
  requirementId: string,
): Promise<void> {
  const fields = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: requirementSearchFieldsSelect,
  });
  await writeSearchIndex(
    tx,
    "Requirement",
    requirementId,
    searchText(requirementSearchDocument(fields)),
  );
}
