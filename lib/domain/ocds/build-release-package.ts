import "server-only";
import { db } from "@/lib/db";
import { appUrl, ocdsOcidPrefix } from "@/lib/config";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";

/** Published and later: what the open-data feed describes (never drafts, reviews or removals). */
const EXPORTED: RequirementStatus[] = [
  "PUBLISHED",
  "EVALUATING",
  "AWARDED",
  "CONTRACTED",
  "COMPLETED",
  "UNSUCCESSFUL",
];

const TAGS: Partial<Record<RequirementStatus, string>> = {
  AWARDED: "award",
  CONTRACTED: "contract",
  COMPLETED: "contractTermination",
  UNSUCCESSFUL: "tenderCancellation",
};
const TENDER_STATUS: Partial<Record<RequirementStatus, string>> = {
  PUBLISHED: "active",
  UNSUCCESSFUL: "unsuccessful",
};

export interface ReleaseQuery {
  /** Releases whose requirement changed at or after / before these instants. */
  from?: Date;
  to?: Date;
  skip?: number;
  take?: number;
}

const cny = (amount: number) => ({ amount, currency: "CNY" });
const iso = (date: Date) => date.toISOString();

async function loadRequirements(query: ReleaseQuery) {
  return db.requirement.findMany({
    where: {
      status: { in: EXPORTED },
      visibility: "PUBLIC",
      publishedAt: { not: null },
      updatedAt: { gte: query.from, lt: query.to },
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    skip: query.skip,
    take: query.take,
    include: {
      organization: { select: { id: true, name: true } },
      award: {
        include: {
          proposal: {
            include: { vendor: { select: { id: true, name: true } }, versions: true },
          },
          contract: true,
        },
      },
    },
  });
}

type Loaded = Awaited<ReturnType<typeof loadRequirements>>[number];

function awardOf(r: Loaded, ocid: string) {
  const award = r.award;
  if (!award) return { awards: [], contracts: [], supplier: null };
  const { proposal, contract } = award;
  const version = proposal.versions.find((v) => v.version === proposal.currentVersion);
  const supplier = { id: proposal.vendor.id, name: proposal.vendor.name };
  const awardId = `${ocid}-award`;
  return {
    supplier,
    awards: [
      {
        id: awardId,
        status: "active",
        date: iso(award.decidedAt),
        ...(version?.priceCny != null ? { value: cny(version.priceCny) } : {}),
        suppliers: [supplier],
      },
    ],
    contracts: contract
      ? [
          {
            id: `${ocid}-contract`,
            awardID: awardId,
            status: contract.completedAt ? "terminated" : "active",
            dateSigned: iso(contract.signedAt),
            value: cny(contract.amountCny),
            period: {
              startDate: iso(contract.signedAt),
              ...(contract.completedAt ? { endDate: iso(contract.completedAt) } : {}),
            },
          },
        ]
      : [],
  };
}

/**
 * One OCDS 1.1 release of a requirement. Proposals are sealed until the deadline by the
 * database's clock: before it, the release says nothing of them (not even their number).
 */
function releaseOf(r: Loaded, dbNow: Date) {
  const ocid = `${ocdsOcidPrefix()}-${r.id}`;
  const buyer = { id: r.organization.id, name: r.organization.name };
  const { awards, contracts, supplier } = awardOf(r, ocid);
  const opened = r.deadline !== null && r.deadline <= dbNow;
  return {
    ocid,
    id: `${ocid}-${r.updatedAt.getTime()}`,
    date: iso(r.updatedAt),
    tag: [TAGS[r.status] ?? "tender"],
    initiationType: "tender",
    language: "zh",
    parties: [
      { ...buyer, roles: ["buyer", "procuringEntity"] },
      ...(supplier ? [{ ...supplier, roles: ["supplier", "tenderer"] }] : []),
    ],
    buyer,
    planning: r.budgetMaxCny ? { budget: { amount: cny(r.budgetMaxCny) } } : {},
    tender: {
      id: r.projectNumber ?? r.id,
      title: r.title,
      description: r.summary,
      status: TENDER_STATUS[r.status] ?? "complete",
      procuringEntity: buyer,
      procurementMethod: "open",
      tenderPeriod: {
        startDate: iso(r.publishedAt!),
        ...(r.deadline ? { endDate: iso(r.deadline) } : {}),
      },
      ...(opened && supplier ? { tenderers: [supplier] } : {}),
    },
    awards,
    contracts,
  };
}

/** An OCDS 1.1 release package of the public requirements published and later. */
export async function buildReleasePackage(query: ReleaseQuery = {}) {
  const [requirements, dbNow] = await Promise.all([loadRequirements(query), databaseNow()]);
  return {
    uri: `${appUrl()}/api/v1/ocds/releases`,
    version: "1.1" as const,
    publishedDate: iso(dbNow),
    publisher: { name: "智配 Zhipei" },
    license: "https://creativecommons.org/licenses/by/4.0/",
    releases: requirements.map((r) => releaseOf(r, dbNow)),
  };
}
