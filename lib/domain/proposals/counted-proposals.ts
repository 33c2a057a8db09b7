import "server-only";

import type { ProposalStatus } from "@/lib/generated/prisma/enums";

/** Proposals the enterprise may count (never read) before the deadline: submitted, not drafts or withdrawn. */
export const COUNTED_PROPOSALS = [
  "SUBMITTED",
  "SHORTLISTED",
  "NOT_SELECTED",
  "AWARDED",
  "NOT_AWARDED",
] as const satisfies readonly ProposalStatus[];
