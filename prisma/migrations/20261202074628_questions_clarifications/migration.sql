-- AlterTable (existing questions get their organization's ordinal by its first question)
ALTER TABLE "Question" ADD COLUMN     "askerOrdinal" INTEGER,
ADD COLUMN     "attachmentId" TEXT;

UPDATE "Question" AS q SET "askerOrdinal" = ranked.ordinal
FROM (
  SELECT "requirementId", "vendorOrgId",
         dense_rank() OVER (PARTITION BY "requirementId" ORDER BY min("createdAt"), "vendorOrgId") AS ordinal
  FROM "Question" GROUP BY "requirementId", "vendorOrgId"
) AS ranked
WHERE q."requirementId" = ranked."requirementId" AND q."vendorOrgId" = ranked."vendorOrgId";

ALTER TABLE "Question" ALTER COLUMN "askerOrdinal" SET NOT NULL;

-- CreateTable
CREATE TABLE "Clarification" (
    "id" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "questionId" TEXT,
    "questionText" TEXT,
    "body" TEXT NOT NULL,
    "askerOrdinal" INTEGER,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Clarification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Clarification_questionId_key" ON "Clarification"("questionId");

-- CreateIndex
CREATE INDEX "Clarification_requirementId_publishedAt_idx" ON "Clarification"("requirementId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Question_attachmentId_key" ON "Question"("attachmentId");

-- CreateIndex
CREATE INDEX "Question_requirementId_vendorOrgId_idx" ON "Question"("requirementId", "vendorOrgId");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
