-- Every word of the word vectors, so that a search's Latin prefix is expanded into the words it
-- stands for and the GIN index looks them up exactly (lib/search/prefix-words.ts). Written with
-- each search index (lib/search/search-sql.ts), never removed: a word no row holds any more
-- only makes an expansion one word longer.
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- Prefix lookups (`word ^@ 'forecast'`).
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING SPGIST ("word");

-- The words indexed before this table.
INSERT INTO "SearchWord" ("word")
SELECT DISTINCT words.lexeme
FROM (
    SELECT "searchVector" AS vector FROM "Requirement" WHERE "searchVector" IS NOT NULL
    UNION ALL
    SELECT "searchVector" FROM "Organization" WHERE "searchVector" IS NOT NULL
) AS indexed, unnest(indexed.vector) AS words;
