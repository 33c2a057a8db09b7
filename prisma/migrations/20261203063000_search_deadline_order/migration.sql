-- Search at scale (docs/decisions.md #44): a page in deadline order walks this index and
-- checks each row, as the newest and budget orders walk theirs; without it every matching
-- row was read and sorted.
CREATE INDEX "Requirement_deadline_id_idx" ON "Requirement"("deadline", "id");
