-- Words over 60 characters used to be left out of the search index; they are now indexed as their
-- first 60 characters (lib/search/normalize.ts), and a search for one finds them. Rows whose texts
-- may hold such a word (any 61 characters without a space or punctuation between them) lose their
-- vectors here, and db:migrate indexes them again right after (scripts/db/backfill-search-index.ts).
UPDATE "Requirement" SET "searchVector" = NULL, "searchBigrams" = NULL
WHERE concat_ws(' ', "title", "summary", "description", "background", "objectives",
                "deliverables", "dataAvailable", "qualifications") ~ '[^[:space:][:punct:]]{61}';

UPDATE "Organization" AS o SET "searchVector" = NULL, "searchBigrams" = NULL
WHERE concat_ws(' ', o."name", o."nameEn", o."description") ~ '[^[:space:][:punct:]]{61}'
   OR EXISTS (
     SELECT 1 FROM "CaseStudy" AS c
     WHERE c."orgId" = o."id"
       AND concat_ws(' ', c."title", c."summary", c."clientName") ~ '[^[:space:][:punct:]]{61}');
