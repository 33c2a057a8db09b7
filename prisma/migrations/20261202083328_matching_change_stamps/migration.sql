-- CreateIndex
CREATE INDEX "CaseStudy_updatedAt_idx" ON "CaseStudy"("updatedAt");

-- CreateIndex
CREATE INDEX "Organization_kind_updatedAt_idx" ON "Organization"("kind", "updatedAt");

-- CreateIndex
CREATE INDEX "Requirement_status_updatedAt_idx" ON "Requirement"("status", "updatedAt");
