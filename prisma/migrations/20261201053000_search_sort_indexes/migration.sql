-- Search at scale (docs/performance.md). The budget order sorts on coalesce(max, min), which no
-- plain index returns in order: without this one, every listed row was read and sorted to show
-- a page. schema.prisma cannot declare an expression index; the schema engine does not diff
-- them, so it is no drift (docs/decisions.md #1).
CREATE INDEX "Requirement_budget_sort_idx" ON "Requirement" ((coalesce("budgetMaxCny", "budgetMinCny")) DESC NULLS LAST, "id" DESC);
