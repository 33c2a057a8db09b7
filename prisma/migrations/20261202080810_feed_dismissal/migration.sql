-- CreateTable
CREATE TABLE "FeedDismissal" (
    "vendorOrgId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedDismissal_pkey" PRIMARY KEY ("vendorOrgId","requirementId")
);

-- CreateIndex
CREATE INDEX "FeedDismissal_requirementId_idx" ON "FeedDismissal"("requirementId");

-- AddForeignKey
ALTER TABLE "FeedDismissal" ADD CONSTRAINT "FeedDismissal_vendorOrgId_fkey" FOREIGN KEY ("vendorOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedDismissal" ADD CONSTRAINT "FeedDismissal_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
