import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { parseInput } from "@/lib/validation/parse-input";
import {
  clarificationSelect,
  clarificationView,
  type ClarificationView,
} from "./clarification-view";
import { questionRequirementSchema, type QuestionRequirementInput } from "./question.schema";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";

/**
 * A requirement's published clarifications, oldest first, for signed-in users who can see it
 * (visitors read summary fields only). Askers appear as letters, never by name.
 */
export async function listClarifications(
  actor: Actor,
  input: QuestionRequirementInput,
): Promise<ClarificationView[]> {
  const user = requireUser(actor);
  const { requirementId } = parseInput(questionRequirementSchema, input);
  await requireVisibleRequirement(db, user, requirementId);
  const rows = await db.clarification.findMany({
    where: { requirementId },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: clarificationSelect,
  });
  return rows.map(clarificationView);
}
