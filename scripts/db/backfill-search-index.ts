import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { refreshOrganizationSearch } from "@/lib/domain/organizations/search/refresh-organization-search";
import { refreshRequirementSearch } from "@/lib/domain/requirements/search/refresh-requirement-search";

type Refresh = (tx: Prisma.TransactionClient, id: string) => Promise<void>;

const TABLES: [table: "Requirement" | "Organization", refresh: Refresh][] = [
  ["Requirement", refreshRequirementSearch],
  ["Organization", refreshOrganizationSearch],
];

const BATCH = 200;
const NOT_INDEXED = Prisma.sql`("searchVector" IS NULL OR "searchBigrams" IS NULL)`;

/**
 * Indexes every row that lacks a search vector: rows written before search existed, or by a
 * path that does not index (a migration that changes what is indexed sets the vectors to NULL,
 * and the next `db:migrate` rebuilds them). Each row is locked and checked again, so a
 * concurrent edit (which indexes itself) is never overwritten with older text.
 * Returns how many rows were indexed.
 */
export async function backfillSearchIndex(client: PrismaClient): Promise<number> {
  let indexed = 0;
  for (const [table, refresh] of TABLES) {
    const name = Prisma.raw(`"${table}"`);
    for (;;) {
      const rows = await client.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM ${name} WHERE ${NOT_INDEXED} ORDER BY "id" LIMIT ${BATCH}`;
      for (const { id } of rows) {
        await client.$transaction(async (tx) => {
          const [row] = await tx.$queryRaw<{ id: string }[]>`
            SELECT "id" FROM ${name} WHERE "id" = ${id} AND ${NOT_INDEXED} FOR UPDATE`;
          if (row) await refresh(tx, id);
        });
      }
      indexed += rows.length;
      if (rows.length < BATCH) break;
    }
  }
  return indexed;
}
