-- Bid opening (开标), the evaluation panel and the price formula (docs/decisions.md, evaluation).
ALTER TABLE "Requirement" ADD COLUMN "openedAt" TIMESTAMPTZ(3);
ALTER TABLE "Requirement" ADD COLUMN "openedById" TEXT;
ALTER TABLE "Requirement" ADD COLUMN "shareScoresWithBidders" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_openedById_fkey"
  FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "EvaluationCriterion" ADD COLUMN "priceFormula" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "Evaluator" (
  "id" TEXT NOT NULL,
  "requirementId" TEXT NOT NULL,
  "userId" TEXT NOT NULL,
  "appointedById" TEXT,
  "noConflictDeclaredAt" TIMESTAMPTZ(3),
  "submittedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Evaluator_pkey" PRIMARY KEY ("id"),
  -- Scores are submitted only after the declaration.
  CONSTRAINT "Evaluator_submitted_after_declaration"
    CHECK ("submittedAt" IS NULL OR "noConflictDeclaredAt" IS NOT NULL)
);
CREATE UNIQUE INDEX "Evaluator_requirementId_userId_key" ON "Evaluator"("requirementId", "userId");
CREATE INDEX "Evaluator_userId_idx" ON "Evaluator"("userId");
ALTER TABLE "Evaluator" ADD CONSTRAINT "Evaluator_requirementId_fkey"
  FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evaluator" ADD CONSTRAINT "Evaluator_userId_fkey"
  FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evaluator" ADD CONSTRAINT "Evaluator_appointedById_fkey"
  FOREIGN KEY ("appointedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
