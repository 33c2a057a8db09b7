-- Search (docs/decisions.md #14). Han bigrams get a vector of their own, so that ranking reads
-- only the smaller word vector. Rows get both vectors from `npm run db:migrate`, which indexes
-- every row whose vectors are NULL once the migrations have run
-- (scripts/db/backfill-search-index.ts).

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "searchBigrams" tsvector;

-- AlterTable
ALTER TABLE "Requirement" ADD COLUMN     "searchBigrams" tsvector;

-- CreateIndex
CREATE INDEX "Organization_searchBigrams_idx" ON "Organization" USING GIN ("searchBigrams");

-- CreateIndex
CREATE INDEX "Requirement_publishedAt_idx" ON "Requirement"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Requirement_searchBigrams_idx" ON "Requirement" USING GIN ("searchBigrams");

-- Ranking reads the word vector of every matching row: keep it in the row (compressed) rather
-- than in TOAST, which would cost a TOAST index lookup per row. (Not expressible in
-- schema.prisma; the schema engine does not diff storage.)
ALTER TABLE "Requirement" ALTER COLUMN "searchVector" SET STORAGE MAIN;
ALTER TABLE "Organization" ALTER COLUMN "searchVector" SET STORAGE MAIN;
