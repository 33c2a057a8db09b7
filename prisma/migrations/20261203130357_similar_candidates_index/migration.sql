-- Similar requirements (docs/decisions.md #47): the 500 newest candidates sharing an industry or
-- a capability are read from this index alone (an index-only scan, ~1 ms at 100,000
-- requirements) instead of ~1,000 wide rows from the table (45-65 ms). It leads with the
-- publication date, so it serves every reader of the index it replaces.
-- DropIndex
DROP INDEX "Requirement_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Requirement_publishedAt_candidates_idx" ON "Requirement"("publishedAt" DESC, "id", "status", "visibility", "orgId", "industry", "capabilities", "deadline", "updatedAt", "key", "title");
