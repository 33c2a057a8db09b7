-- What must always hold, whoever writes: the use cases check these first and explain a refusal
-- to the user; the database refuses what slips past them (a bug, a script, a hand-written query).
-- (CHECK constraints and triggers are not expressible in schema.prisma; the engine does not diff them.)

ALTER TABLE "Requirement"
  ADD CONSTRAINT "Requirement_budget_not_negative"
    CHECK ("budgetMinCny" >= 0 AND "budgetMaxCny" >= 0),
  ADD CONSTRAINT "Requirement_budget_order"
    CHECK ("budgetMinCny" <= "budgetMaxCny"),
  ADD CONSTRAINT "Requirement_question_deadline_order"
    CHECK ("questionDeadline" <= "deadline"),
  ADD CONSTRAINT "Requirement_duration_positive"
    CHECK ("durationMonths" >= 1),
  ADD CONSTRAINT "Requirement_version_positive"
    CHECK ("version" >= 1);

ALTER TABLE "EvaluationCriterion"
  ADD CONSTRAINT "EvaluationCriterion_weight_range"
    CHECK ("weight" BETWEEN 1 AND 100),
  ADD CONSTRAINT "EvaluationCriterion_position_not_negative"
    CHECK ("position" >= 0);

ALTER TABLE "Score"
  ADD CONSTRAINT "Score_score_range"
    CHECK ("score" BETWEEN 0 AND 100);

ALTER TABLE "ProposalVersion"
  ADD CONSTRAINT "ProposalVersion_price_not_negative"
    CHECK ("priceCny" >= 0),
  ADD CONSTRAINT "ProposalVersion_delivery_positive"
    CHECK ("deliveryMonths" >= 1),
  ADD CONSTRAINT "ProposalVersion_version_positive"
    CHECK ("version" >= 1);

ALTER TABLE "Proposal"
  ADD CONSTRAINT "Proposal_current_version_positive"
    CHECK ("currentVersion" >= 1);

ALTER TABLE "Contract"
  ADD CONSTRAINT "Contract_amount_not_negative"
    CHECK ("amountCny" >= 0);

ALTER TABLE "StoredFile"
  ADD CONSTRAINT "StoredFile_size_not_negative"
    CHECK ("sizeBytes" >= 0);

-- The audit log refuses TRUNCATE too (row triggers do not see it): a statement-level trigger with
-- the function that already refuses UPDATE and DELETE. Only the table's owner can lift it, by
-- disabling the trigger in its own transaction (the tests empty their databases that way).
CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
