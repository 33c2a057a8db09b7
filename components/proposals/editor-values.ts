import type {
  ProposalDraft,
  ProposalDraftInput,
} from "@/lib/domain/proposals/proposal-content.schema";

/** The editor's state: numbers as typed (strings), converted only when the draft is sent. */
export interface EditorValues {
  summary: string;
  approach: string;
  priceCny: string;
  lineItems: { name: string; quantity: string; unitPriceCny: string }[];
  deliveryMonths: string;
  team: { role: string; count: string }[];
  caseStudyIds: string[];
  responses: Record<string, string>;
  answers: Record<string, { met: boolean | null; note: string }>;
}

const typed = (value: number | null) => (value === null ? "" : String(value));

/** What was typed as a number: empty is null, anything else is left for the schema to judge. */
export function typedNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : NaN;
}

export function editorValues(draft: ProposalDraft): EditorValues {
  return {
    summary: draft.summary,
    approach: draft.approach,
    priceCny: typed(draft.priceCny),
    lineItems: draft.lineItems.map((item) => ({
      name: item.name,
      quantity: typed(item.quantity),
      unitPriceCny: typed(item.unitPriceCny),
    })),
    deliveryMonths: typed(draft.deliveryMonths),
    team: draft.team.map((member) => ({ role: member.role, count: typed(member.count) })),
    caseStudyIds: draft.caseStudyIds,
    responses: Object.fromEntries(draft.criterionResponses.map((r) => [r.criterionId, r.response])),
    answers: Object.fromEntries(
      draft.qualificationAnswers.map((a) => [a.qualification, { met: a.met, note: a.note }]),
    ),
  };
}

/** The draft the editor sends, with a response per criterion and an answer per qualification. */
export function draftOf(
  values: EditorValues,
  criteria: { id: string }[],
  qualifications: string[],
): ProposalDraftInput {
  return {
    summary: values.summary,
    approach: values.approach,
    priceCny: typedNumber(values.priceCny),
    lineItems: values.lineItems.map((item) => ({
      name: item.name,
      quantity: typedNumber(item.quantity) ?? NaN,
      unitPriceCny: typedNumber(item.unitPriceCny) ?? NaN,
    })),
    deliveryMonths: typedNumber(values.deliveryMonths),
    team: values.team.map((member) => ({
      role: member.role,
      count: typedNumber(member.count) ?? NaN,
    })),
    caseStudyIds: values.caseStudyIds,
    criterionResponses: criteria.map((c) => ({
      criterionId: c.id,
      response: values.responses[c.id] ?? "",
    })),
    qualificationAnswers: qualifications.map((q) => ({
      qualification: q,
      met: values.answers[q]?.met ?? null,
      note: values.answers[q]?.note ?? "",
    })),
  };
}
