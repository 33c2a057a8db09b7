-- CreateIndex
CREATE INDEX "Organization_verificationStatus_id_idx" ON "Organization"("verificationStatus", "id");

-- CreateIndex
CREATE INDEX "Requirement_region_idx" ON "Requirement"("region");
