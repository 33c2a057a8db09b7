import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { errorKey } from "@/lib/validation/fields";
import { failValidation } from "@/lib/validation/parse-input";
import type { ProposalContent } from "./proposal-content.schema";
import type { VersionContent } from "./receipt-digest";
import { statedQualifications } from "./stated-qualifications";

type Tx = Prisma.TransactionClient;

/**
 * The parts of a submission that depend on the requirement: a response to every published
 * criterion and a yes/no answer to every stated qualification. Returns the version's content
 * with the criteria's names and the case studies' snapshots, as the digest covers them.
 */
export async function checkAgainstRequirement(
  tx: Tx,
  requirementId: string,
  vendorOrgId: string,
  content: ProposalContent,
): Promise<VersionContent> {
  const requirement = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: {
      qualifications: true,
      criteria: { orderBy: { position: "asc" }, select: { id: true, name: true } },
    },
  });
  const responses = new Map(content.criterionResponses.map((r) => [r.criterionId, r.response]));
  const criterionResponses = requirement.criteria.map((c) => ({
    criterionId: c.id,
    name: c.name,
    response: responses.get(c.id) ?? "",
  }));
  const answers = new Map(content.qualificationAnswers.map((a) => [a.qualification, a]));
  const qualificationAnswers = statedQualifications(requirement.qualifications).map((q) => ({
    qualification: q,
    met: answers.get(q)?.met ?? null,
    note: answers.get(q)?.note ?? "",
  }));
  const fieldErrors: Record<string, string[]> = {};
  if (criterionResponses.some((r) => r.response === "")) {
    fieldErrors.criterionResponses = [errorKey("respondToEveryCriterion")];
  }
  if (qualificationAnswers.some((a) => a.met === null)) {
    fieldErrors.qualificationAnswers = [errorKey("answerEveryQualification")];
  }
  if (Object.keys(fieldErrors).length > 0) failValidation(fieldErrors);

  const caseStudies = await tx.caseStudy.findMany({
    where: { id: { in: content.caseStudyIds }, orgId: vendorOrgId },
    select: { id: true, title: true, year: true },
    orderBy: { year: "desc" },
  });
  return {
    summary: content.summary,
    approach: content.approach,
    priceCny: content.priceCny,
    lineItems: content.lineItems,
    deliveryMonths: content.deliveryMonths,
    team: content.team,
    caseStudies,
    criterionResponses,
    qualificationAnswers,
  };
}
