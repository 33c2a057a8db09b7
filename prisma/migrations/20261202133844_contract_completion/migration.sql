-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "acceptanceNotes" TEXT,
ADD COLUMN     "completedById" TEXT,
ADD COLUMN     "rating" INTEGER,
ADD COLUMN     "ratingComment" TEXT,
ADD COLUMN     "signedDocumentId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Contract_signedDocumentId_key" ON "Contract"("signedDocumentId");

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_signedDocumentId_fkey" FOREIGN KEY ("signedDocumentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A rating is 1 to 5, and a completed contract carries its rating and acceptance notes.
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_rating_range" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_completed_has_rating" CHECK ("completedAt" IS NULL OR ("rating" IS NOT NULL AND "acceptanceNotes" IS NOT NULL));
