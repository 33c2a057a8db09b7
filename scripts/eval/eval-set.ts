import { readFileSync } from "node:fs";
import { organizationSearchDocument } from "@/lib/domain/organizations/search/organization-search-document";
import { requirementSearchDocument } from "@/lib/domain/requirements/search/requirement-search-document";
import type { RequirementFacts, VendorFacts } from "@/lib/matching/profiles";
import {
  REQUIREMENT_TEXT_LINES,
  VENDOR_TEXT_LINES,
  wordsOfSearchText,
} from "@/lib/matching/text-lines";
import { countTerms, type TermCounts } from "@/lib/matching/text-vectors";
import { searchText } from "@/lib/search/search-document";

// The labelled evaluation set (eval/matching/), turned into what the engine ranks exactly as the
// database rows would be: the same search documents, segmentation and text lines.

interface CaseJson {
  title: string;
  industry: string;
  capabilities: string[];
  summary: string;
}

interface VendorJson {
  key: string;
  name: string;
  region: string | null;
  verified: boolean;
  /** 信创 declared; absent is false. */
  domesticStack?: boolean;
  industries: string[];
  capabilities: string[];
  description: string;
  cases: CaseJson[];
}

interface RequirementJson {
  key: string;
  split: "dev" | "heldout";
  industry: string;
  region: string | null;
  /** 信创 asked for; absent is false. */
  domesticStackRequired?: boolean;
  capabilities: string[];
  title: string;
  summary: string;
  /** Grade 2 (would shortlist first) or 1 (would consider) per vendor key; others are 0. */
  relevance: Record<string, 1 | 2>;
}

export interface EvalVendor {
  facts: VendorFacts;
  terms: TermCounts;
}

export interface EvalRequirement {
  key: string;
  split: RequirementJson["split"];
  facts: RequirementFacts;
  terms: TermCounts;
  grades: Map<string, number>;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(`eval/matching/${name}`, "utf8")) as T;

function vendorOf(json: VendorJson): EvalVendor {
  const text = searchText(
    organizationSearchDocument({
      name: json.name,
      nameEn: null,
      description: json.description,
      industries: json.industries,
      capabilities: json.capabilities,
      caseStudies: json.cases.map((c) => ({ ...c, clientName: null })),
    }),
  );
  return {
    terms: countTerms(wordsOfSearchText(text, VENDOR_TEXT_LINES)),
    facts: {
      id: json.key,
      region: json.region,
      industries: json.industries,
      capabilities: json.capabilities,
      cases: json.cases,
      verified: json.verified,
      domesticStack: json.domesticStack ?? false,
      awards: 0,
      completedContracts: 0,
      ratingTotal: 0,
    },
  };
}

function requirementOf(json: RequirementJson): EvalRequirement {
  const text = searchText(
    requirementSearchDocument({
      title: json.title,
      summary: json.summary,
      description: "",
      background: null,
      objectives: null,
      deliverables: null,
      dataAvailable: null,
      qualifications: null,
      industry: json.industry,
      capabilities: json.capabilities,
    }),
  );
  return {
    key: json.key,
    split: json.split,
    facts: {
      id: json.key,
      orgId: `org-${json.key}`,
      industry: json.industry,
      capabilities: json.capabilities,
      region: json.region,
      domesticStackRequired: json.domesticStackRequired ?? false,
    },
    terms: countTerms(wordsOfSearchText(text, REQUIREMENT_TEXT_LINES)),
    grades: new Map(Object.entries(json.relevance)),
  };
}

export function loadEvalSet() {
  const vendors = read<{ vendors: VendorJson[] }>("vendors.json").vendors.map(vendorOf);
  const requirements = read<{ requirements: RequirementJson[] }>(
    "requirements.json",
  ).requirements.map(requirementOf);
  const keys = new Set(vendors.map((v) => v.facts.id));
  for (const requirement of requirements) {
    for (const key of requirement.grades.keys()) {
      if (!keys.has(key)) throw new Error(`${requirement.key} grades unknown vendor ${key}`);
    }
  }
  return { vendors, requirements };
}
