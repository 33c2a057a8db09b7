import type { TermVector } from "./text-vectors";

/** What the score function knows of a requirement. */
export interface RequirementFacts {
  id: string;
  orgId: string;
  industry: string;
  capabilities: readonly string[];
  region: string | null;
  /** 信创: the solution must run on the domestic technology stack. */
  domesticStackRequired: boolean;
}

/** What the score function knows of a vendor: its claims and what its case studies show. */
export interface VendorFacts {
  id: string;
  region: string | null;
  industries: readonly string[];
  capabilities: readonly string[];
  cases: readonly { industry: string; capabilities: readonly string[] }[];
  verified: boolean;
  /** 信创: it declares its solutions run on the domestic technology stack. */
  domesticStack: boolean;
  /** Awards won and contracts completed on the platform. */
  awards: number;
  completedContracts: number;
  /** The sum of the 1–5 ratings its completed contracts received (0 without any). */
  ratingTotal: number;
}

/** Facts with the text as a TF-IDF vector over the corpus being ranked. */
export interface WithVector<Facts> {
  facts: Facts;
  vector: TermVector;
}
