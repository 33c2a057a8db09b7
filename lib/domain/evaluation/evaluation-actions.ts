import "server-only";

/** Audit actions of the evaluation; award and no-award are the requirement's own transitions. */
export const EVALUATION_ACTIONS = {
  open: "requirement.open-proposals",
  appoint: "evaluation.appoint-evaluators",
  declare: "evaluation.declare-no-conflict",
  score: "evaluation.score",
  submit: "evaluation.submit-scores",
  shortlist: "proposal.shortlist",
} as const;
