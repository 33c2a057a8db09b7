-- Search's "verified enterprises only" filter reads a column of the requirement instead of joining
-- the organization to every match (a join that cost 50-100 ms on broad searches at 100,000
-- requirements; docs/performance.md). Triggers keep the copy right on every path that changes an
-- organization's verification or a requirement's organization, in the writer's transaction.

-- AlterTable
ALTER TABLE "Requirement" ADD COLUMN     "orgVerified" BOOLEAN NOT NULL DEFAULT false;

UPDATE "Requirement" AS r SET "orgVerified" = TRUE
FROM "Organization" AS o
WHERE o."id" = r."orgId" AND o."verificationStatus" = 'VERIFIED';

CREATE FUNCTION "requirement_org_verified"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."orgVerified" := EXISTS (
    SELECT 1 FROM "Organization"
    WHERE "id" = NEW."orgId" AND "verificationStatus" = 'VERIFIED');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Requirement_org_verified"
BEFORE INSERT OR UPDATE OF "orgId", "orgVerified" ON "Requirement"
FOR EACH ROW EXECUTE FUNCTION "requirement_org_verified"();

CREATE FUNCTION "organization_verified_to_requirements"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Requirement"
  SET "orgVerified" = (NEW."verificationStatus" = 'VERIFIED')
  WHERE "orgId" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Organization_verified_to_requirements"
AFTER UPDATE OF "verificationStatus" ON "Organization"
FOR EACH ROW
WHEN (OLD."verificationStatus" IS DISTINCT FROM NEW."verificationStatus")
EXECUTE FUNCTION "organization_verified_to_requirements"();
