-- DropForeignKey
ALTER TABLE "ProposalAttachment" DROP CONSTRAINT "ProposalAttachment_proposalVersionId_fkey";

-- DropIndex
DROP INDEX "ProposalAttachment_proposalVersionId_idx";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "domesticStack" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "draft" JSONB NOT NULL DEFAULT '{}',
ALTER COLUMN "currentVersion" DROP NOT NULL,
ALTER COLUMN "currentVersion" DROP DEFAULT;

-- AlterTable
ALTER TABLE "ProposalAttachment" DROP COLUMN "proposalVersionId",
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "inDraft" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "proposalId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "ProposalVersion" ADD COLUMN     "caseStudies" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "criterionResponses" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "digest" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "lineItems" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "qualificationAnswers" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "team" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Requirement" ADD COLUMN     "requiredCertifications" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "requiresVerifiedVendor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ProposalVersionAttachment" (
    "versionId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ProposalVersionAttachment_pkey" PRIMARY KEY ("versionId","attachmentId")
);

-- CreateIndex
CREATE INDEX "ProposalVersionAttachment_attachmentId_idx" ON "ProposalVersionAttachment"("attachmentId");

-- CreateIndex
CREATE INDEX "ProposalAttachment_proposalId_inDraft_idx" ON "ProposalAttachment"("proposalId", "inDraft");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalVersion_proposalId_idempotencyKey_key" ON "ProposalVersion"("proposalId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "ProposalAttachment" ADD CONSTRAINT "ProposalAttachment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersionAttachment" ADD CONSTRAINT "ProposalVersionAttachment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProposalVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersionAttachment" ADD CONSTRAINT "ProposalVersionAttachment_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "ProposalAttachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A submitted version is the bid as received: the database refuses to change or delete it or
-- the list of its attachments (the receipt's digest must keep proving what was submitted).
CREATE FUNCTION "proposal_version_is_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is immutable: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ProposalVersion_immutable"
BEFORE UPDATE OR DELETE ON "ProposalVersion"
FOR EACH ROW EXECUTE FUNCTION "proposal_version_is_immutable"();

CREATE TRIGGER "ProposalVersionAttachment_immutable"
BEFORE UPDATE OR DELETE ON "ProposalVersionAttachment"
FOR EACH ROW EXECUTE FUNCTION "proposal_version_is_immutable"();

-- Only a draft may be without a submitted version (withdrawn ones were submitted first).
ALTER TABLE "Proposal"
  ADD CONSTRAINT "Proposal_submitted_has_version"
    CHECK ("status" = 'DRAFT' OR "currentVersion" IS NOT NULL);
