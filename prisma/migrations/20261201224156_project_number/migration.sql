-- 项目编号: every requirement gets a stable project number when it is first published,
-- ZP-<year of publication, Asia/Shanghai>-<six or more digits from a sequence>, e.g.
-- ZP-2026-000123. A trigger assigns it, so no write path (approval, import, seed) can forget it;
-- it is never changed afterwards, and a sequence never hands out a number twice.

-- AlterTable
ALTER TABLE "Requirement" ADD COLUMN     "projectNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_projectNumber_key" ON "Requirement"("projectNumber");

CREATE SEQUENCE "Requirement_projectNumber_seq" OWNED BY "Requirement"."projectNumber";

CREATE FUNCTION "requirement_project_number"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n text;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."projectNumber" IS NOT NULL THEN
    NEW."projectNumber" := OLD."projectNumber";
  ELSIF NEW."publishedAt" IS NOT NULL AND NEW."projectNumber" IS NULL THEN
    n := nextval('"Requirement_projectNumber_seq"')::text;
    NEW."projectNumber" := 'ZP-' || to_char(NEW."publishedAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY')
      || '-' || lpad(n, greatest(6, length(n)), '0');
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Requirement_project_number"
BEFORE INSERT OR UPDATE ON "Requirement"
FOR EACH ROW EXECUTE FUNCTION "requirement_project_number"();

-- Requirements published before: numbered in the order they were published.
DO $$
DECLARE
  published record;
BEGIN
  FOR published IN
    SELECT "id" FROM "Requirement" WHERE "publishedAt" IS NOT NULL ORDER BY "publishedAt", "id"
  LOOP
    UPDATE "Requirement" SET "projectNumber" = NULL WHERE "id" = published."id";
  END LOOP;
END
$$;
