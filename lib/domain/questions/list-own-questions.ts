import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { parseInput } from "@/lib/validation/parse-input";
import { questionRequirementSchema, type QuestionRequirementInput } from "./question.schema";
import { questionSelect, questionView, type QuestionView } from "./question-view";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";

/** The questions the vendor's organization asked about a requirement, with their answers. */
export async function listOwnQuestions(
  actor: Actor,
  input: QuestionRequirementInput,
): Promise<QuestionView[]> {
  const vendor = requireVendorMember(actor);
  const { requirementId } = parseInput(questionRequirementSchema, input);
  await requireVisibleRequirement(db, vendor, requirementId);
  const rows = await db.question.findMany({
    where: { requirementId, vendorOrgId: vendor.orgId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: questionSelect,
  });
  return rows.map(questionView);
}
