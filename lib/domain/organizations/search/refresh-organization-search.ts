import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchText } from "@/lib/search/search-document";
import { writeSearchIndex } from "@/lib/search/search-sql";
import {
  organizationSearchDocument,
  organizationSearchFieldsSelect,
} from "./organization-search-document";

/**
 * Re-indexes one organization from its profile and case studies. Every write that changes
 * either calls it in the same transaction; `updatedAt` is left alone.
 */
export async function refreshOrganizationSearch(
  tx: Prisma.TransactionClient,
  orgId: string,
): Promise<void> {
  const fields = await tx.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: organizationSearchFieldsSelect,
  });
  await writeSearchIndex(tx, "Organization", orgId, searchText(organizationSearchDocument(fields)));
}
