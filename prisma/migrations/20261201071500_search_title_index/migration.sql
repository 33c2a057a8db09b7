-- Relevance puts the rows with a search word in their title first (lib/search/search-sql.ts).
-- These indexes find those rows without reading the others, so a broad search ranks its title
-- matches only when they fill the page (docs/performance.md). The expression is the title line
-- of "searchText", as the word vector's weight-A words are built from it. Expression indexes:
-- schema.prisma cannot declare them and the schema engine does not diff them.
CREATE INDEX "Requirement_search_title_idx" ON "Requirement" USING GIN (to_tsvector('simple', split_part("searchText", chr(10), 1)));
CREATE INDEX "Organization_search_title_idx" ON "Organization" USING GIN (to_tsvector('simple', split_part("searchText", chr(10), 1)));
