import { organizationSearchDocument } from "@/lib/domain/organizations/search/organization-search-document";
import { requirementSearchDocument } from "@/lib/domain/requirements/search/requirement-search-document";
import { searchText } from "@/lib/search/search-document";
import { regions } from "@/lib/taxonomy";
import { Random } from "./random";
import * as v from "./vocabulary";

/** Bump when what is generated changes: a database holding another version is regenerated. */
export const GENERATOR_VERSION = 2;

export interface DatasetSize {
  requirements: number;
  vendors: number;
  enterprises: number;
}

export const FULL_SIZE: DatasetSize = {
  requirements: 100_000,
  vendors: 20_000,
  enterprises: 5_000,
};

/**
 * Every date is counted back from this fixed day (not from today), so the same seed gives the
 * same rows on any day. Open requirements' deadlines reach a year past it.
 */
export const ANCHOR = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

export interface OrganizationRow {
  id: string;
  kind: "ENTERPRISE" | "VENDOR";
  name: string;
  nameEn: string | null;
  region: string;
  industries: string[];
  capabilities: string[];
  description: string;
  verificationStatus: "UNVERIFIED" | "PENDING" | "VERIFIED" | "REJECTED";
  verifiedAt: string | null;
  searchText: string;
  createdAt: string;
  updatedAt: string;
}

export interface CaseStudyRow {
  id: string;
  orgId: string;
  title: string;
  industry: string;
  capabilities: string[];
  summary: string;
  year: number;
  clientName: string;
  createdAt: string;
  updatedAt: string;
}

export interface RequirementRow {
  id: string;
  orgId: string;
  title: string;
  summary: string;
  description: string;
  background: string | null;
  objectives: string | null;
  deliverables: string | null;
  dataAvailable: string | null;
  qualifications: string | null;
  industry: string;
  capabilities: string[];
  budgetMinCny: number | null;
  budgetMaxCny: number | null;
  region: string;
  deadline: string | null;
  visibility: "PUBLIC" | "INVITED";
  status: string;
  version: number;
  domesticStackRequired: boolean;
  publishedAt: string | null;
  submittedAt: string | null;
  searchText: string;
  createdAt: string;
  updatedAt: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");

const VERIFICATION = [
  ["VERIFIED", 55],
  ["UNVERIFIED", 30],
  ["PENDING", 10],
  ["REJECTED", 5],
] as const;

function organization(random: Random, kind: OrganizationRow["kind"]): OrganizationRow {
  const industry = random.weighted(v.INDUSTRY_WEIGHTS);
  const createdAt = ANCHOR - random.int(30, 4 * 365) * DAY;
  const status = random.weighted(VERIFICATION);
  const stem = random.int(0, v.VENDOR_STEMS.length - 1);
  const vendorName = `${random.pick(regions)}${v.VENDOR_STEMS[stem]}${random.pick(v.VENDOR_SUFFIXES)}`;
  const enterpriseName = `${random.pick(v.ENTERPRISE_PREFIXES)}${random.pick(regions)}${random.pick(v.ENTERPRISE_SUFFIXES[industry]!)}`;
  const capabilities =
    kind === "VENDOR"
      ? random.sample(
          [...v.INDUSTRY_CAPABILITIES[industry]!, ...v.ALL_CAPABILITIES],
          random.int(2, 5),
        )
      : [];
  return {
    id: random.id(),
    kind,
    name: kind === "VENDOR" ? vendorName : enterpriseName,
    nameEn:
      kind === "VENDOR" && random.chance(0.6) ? `${v.VENDOR_EN_STEMS[stem]} AI Co., Ltd.` : null,
    region: random.pick(regions),
    industries: [
      ...new Set([
        industry,
        ...random.sample(
          v.INDUSTRY_WEIGHTS.map(([s]) => s),
          random.int(0, 2),
        ),
      ]),
    ],
    capabilities: [...new Set(capabilities)],
    description: random.sample(v.VENDOR_DESCRIPTIONS, random.int(1, 3)).join(""),
    verificationStatus: status,
    verifiedAt: status === "VERIFIED" ? iso(createdAt + random.int(1, 20) * DAY) : null,
    searchText: "",
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt),
  };
}

function caseStudy(random: Random, vendor: OrganizationRow, n: number): CaseStudyRow {
  const industry = random.pick(vendor.industries);
  const client = `${random.pick(v.ENTERPRISE_PREFIXES)}${random.pick(v.ENTERPRISE_SUFFIXES[industry]!)}`;
  const scene = random.pick(v.SCENES[industry]!);
  const at = Date.parse(vendor.createdAt) + (n + 1) * DAY;
  return {
    id: random.id(),
    orgId: vendor.id,
    title: fill(random.pick(v.CASE_TITLES), { client, scene }),
    industry,
    capabilities: random.sample(vendor.capabilities, random.int(1, 2)),
    summary:
      fill(random.pick(v.BODY_SENTENCES), { scene }) +
      fill(random.pick(v.BODY_SENTENCES), { scene }),
    year: random.int(2019, 2026),
    clientName: client,
    createdAt: iso(at),
    updatedAt: iso(at),
  };
}

const STATUSES = [
  ["PUBLISHED", 30],
  ["EVALUATING", 14],
  ["AWARDED", 14],
  ["CONTRACTED", 8],
  ["COMPLETED", 10],
  ["UNSUCCESSFUL", 4],
  ["CANCELLED", 3],
  ["DRAFT", 7],
  ["PENDING_REVIEW", 4],
  ["REJECTED", 2],
  ["REMOVED", 4],
] as const;

function budget(random: Random): [number | null, number | null] {
  if (random.chance(0.12)) return [null, null];
  const min = Math.round(Math.exp(random.int(1150, 1650) / 100) / 10_000) * 10_000;
  const max = Math.round((min * random.int(100, 300)) / 100 / 10_000) * 10_000;
  if (random.chance(0.1)) return [null, max];
  if (random.chance(0.1)) return [min, null];
  return [min, max];
}

function title(random: Random, industry: string, scene: string): string {
  if (random.chance(0.15)) {
    const english = random.pick(v.ENGLISH_SCENES[industry] ?? v.ENGLISH_SCENES.default!);
    return random.chance(0.5)
      ? `${scene}（${english}）`
      : `${english} — ${random.pick(v.TITLE_SUFFIXES)}`;
  }
  return `${random.pick(v.TITLE_PREFIXES)}${scene}${random.pick(v.TITLE_SUFFIXES)}`;
}

const sentences = (random: Random, count: number, scene: string) =>
  random
    .sample(v.BODY_SENTENCES, count)
    .map((s) => fill(s, { scene }))
    .join("");

/** Dates by state: open ones recent with deadlines ahead, the rest spread over three years. */
function dates(random: Random, status: string) {
  const listed = !["DRAFT", "PENDING_REVIEW", "REJECTED"].includes(status);
  const publishedAt =
    status === "PUBLISHED"
      ? ANCHOR - random.int(0, 120 * 24) * 3_600_000
      : ANCHOR - random.int(0, 3 * 365 * 24) * 3_600_000;
  const deadline =
    status === "PUBLISHED"
      ? ANCHOR + random.int(-20, 365) * DAY + random.int(0, 23) * 3_600_000
      : publishedAt + random.int(15, 90) * DAY;
  const createdAt = publishedAt - random.int(1, 20) * DAY;
  return {
    publishedAt: listed ? iso(publishedAt) : null,
    submittedAt: listed || status === "PENDING_REVIEW" ? iso(createdAt + DAY) : null,
    deadline: random.chance(0.05) ? null : iso(deadline),
    createdAt: iso(createdAt),
  };
}

function requirement(random: Random, enterprises: OrganizationRow[]): RequirementRow {
  const org = random.pick(enterprises);
  const industry = random.chance(0.8) ? org.industries[0]! : random.weighted(v.INDUSTRY_WEIGHTS);
  const scene = random.pick(v.SCENES[industry]!);
  const status = random.weighted(STATUSES);
  const [budgetMinCny, budgetMaxCny] = budget(random);
  const { createdAt, ...when } = dates(random, status);
  const optional = (text: string) => (random.chance(0.75) ? text : null);
  return {
    id: random.id(),
    orgId: org.id,
    title: title(random, industry, scene),
    summary: `${org.name}拟开展${scene}。${sentences(random, 1, scene)}`,
    description: sentences(random, random.int(3, 6), scene),
    background: optional(sentences(random, 1, scene)),
    objectives: optional(`实现${scene}，${sentences(random, 1, scene)}`),
    deliverables: optional(sentences(random, 1, scene)),
    dataAvailable: optional(random.pick(v.DATA_AVAILABLE)),
    qualifications: optional(random.sample(v.QUALIFICATIONS, 2).join("")),
    industry,
    capabilities: random.sample(v.INDUSTRY_CAPABILITIES[industry]!, random.int(1, 3)),
    budgetMinCny,
    budgetMaxCny,
    region: random.chance(0.8) ? org.region : random.pick(regions),
    ...when,
    visibility: random.chance(0.95) ? "PUBLIC" : "INVITED",
    status,
    version: 1,
    domesticStackRequired: random.chance(0.3),
    searchText: "",
    createdAt,
    updatedAt: createdAt,
  };
}

export interface GeneratedOrganizations {
  enterprises: OrganizationRow[];
  vendors: OrganizationRow[];
  caseStudies: CaseStudyRow[];
}

/** Organizations (with their search text, as refreshOrganizationSearch writes it). */
export function generateOrganizations(seed: number, size: DatasetSize): GeneratedOrganizations {
  const random = new Random(seed);
  const enterprises = Array.from({ length: size.enterprises }, () =>
    organization(random, "ENTERPRISE"),
  );
  const vendors = Array.from({ length: size.vendors }, () => organization(random, "VENDOR"));
  const caseStudies: CaseStudyRow[] = [];
  for (const org of [...enterprises, ...vendors]) {
    const cases =
      org.kind === "VENDOR"
        ? Array.from({ length: random.int(0, 4) }, (_, n) => caseStudy(random, org, n))
        : [];
    caseStudies.push(...cases);
    org.searchText = searchText(organizationSearchDocument({ ...org, caseStudies: cases }));
  }
  return { enterprises, vendors, caseStudies };
}

/**
 * Requirements in batches of `batchSize` (with their search text, as refreshRequirementSearch
 * writes it), from their own random sequence so that organizations and requirements can be
 * generated apart.
 */
export function* generateRequirements(
  seed: number,
  size: DatasetSize,
  enterprises: OrganizationRow[],
  batchSize: number,
): Generator<RequirementRow[]> {
  const random = new Random(seed ^ 0x5bd1e995);
  for (let done = 0; done < size.requirements; done += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, size.requirements - done) }, () => {
      const row = requirement(random, enterprises);
      row.searchText = searchText(requirementSearchDocument(row));
      return row;
    });
    yield batch;
  }
}
