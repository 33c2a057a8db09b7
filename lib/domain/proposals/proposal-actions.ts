import "server-only";

/** Audit actions of proposals; their events name the vendor organization, never the content. */
export const PROPOSAL_ACTIONS = {
  submit: "proposal.submit",
  withdraw: "proposal.withdraw",
} as const;
