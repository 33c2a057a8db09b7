import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { dismissRecommendation } from "@/lib/domain/matching/dismiss-recommendation";
import { findSimilarRequirements } from "@/lib/domain/matching/find-similar-requirements";
import { findSimilarToDraft } from "@/lib/domain/matching/find-similar-to-draft";
import { matchVendors } from "@/lib/domain/matching/match-vendors";
import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import { restoreRecommendation } from "@/lib/domain/matching/restore-recommendation";
import { suggestVendorTeams } from "@/lib/domain/matching/suggest-vendor-teams";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { searchableRequirement, searchableVendor } from "@/tests/helpers/search";

setUpTestDatabase();

type Role =
  | "visitor"
  | "vendorMember"
  | "otherVendor"
  | "enterpriseOwner"
  | "enterpriseMember"
  | "otherEnterprise"
  | "admin";

async function cast() {
  const vendor = await searchableVendor({ name: "供应商", capabilities: ["llm"] });
  const otherVendor = await searchableVendor({ name: "另一供应商", capabilities: ["llm"] });
  const enterprise = await createOrganization({ name: "企业" });
  const otherEnterprise = await createOrganization({ name: "另一企业" });
  const published = await searchableRequirement({ orgId: enterprise.id });
  const draft = await searchableRequirement({ orgId: enterprise.id, status: "DRAFT" });
  const roles: Record<Role, Actor> = {
    visitor: { kind: "visitor" },
    vendorMember: (await createUser({ orgId: vendor.id })).actor,
    otherVendor: (await createUser({ orgId: otherVendor.id, role: "OWNER" })).actor,
    enterpriseOwner: (await createUser({ orgId: enterprise.id, role: "OWNER" })).actor,
    enterpriseMember: (await createUser({ orgId: enterprise.id })).actor,
    otherEnterprise: (await createUser({ orgId: otherEnterprise.id, role: "OWNER" })).actor,
    admin: (await createUser({ isAdmin: true })).actor,
  };
  return { vendor, published, draft, roles };
}

type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    return (error as { code: Outcome }).code;
  }
}

type Ids = Awaited<ReturnType<typeof cast>>;

const table: Record<
  string,
  { run: (actor: Actor, ids: Ids) => Promise<unknown>; expected: Record<Role, Outcome> }
> = {
  matchVendors: {
    run: (actor, { published }) => matchVendors(actor, { requirementId: published.id }),
    expected: {
      visitor: "UNAUTHENTICATED",
      vendorMember: "FORBIDDEN",
      otherVendor: "FORBIDDEN",
      enterpriseOwner: "ok",
      enterpriseMember: "ok",
      otherEnterprise: "FORBIDDEN",
      admin: "ok",
    },
  },
  "matchVendors on a draft": {
    run: (actor, { draft }) => matchVendors(actor, { requirementId: draft.id }),
    expected: {
      visitor: "NOT_FOUND",
      vendorMember: "NOT_FOUND",
      otherVendor: "NOT_FOUND",
      enterpriseOwner: "ok",
      enterpriseMember: "ok",
      otherEnterprise: "NOT_FOUND",
      admin: "ok",
    },
  },
  suggestVendorTeams: {
    run: (actor, { published }) => suggestVendorTeams(actor, { requirementId: published.id }),
    expected: {
      visitor: "UNAUTHENTICATED",
      vendorMember: "FORBIDDEN",
      otherVendor: "FORBIDDEN",
      enterpriseOwner: "ok",
      enterpriseMember: "ok",
      otherEnterprise: "FORBIDDEN",
      admin: "ok",
    },
  },
  recommendRequirements: {
    run: (actor, { vendor }) => recommendRequirements(actor, { vendorId: vendor.id }),
    expected: {
      visitor: "UNAUTHENTICATED",
      vendorMember: "ok",
      otherVendor: "FORBIDDEN",
      enterpriseOwner: "FORBIDDEN",
      enterpriseMember: "FORBIDDEN",
      otherEnterprise: "FORBIDDEN",
      admin: "ok",
    },
  },
  "dismissRecommendation and restoreRecommendation": {
    run: async (actor, { published }) => {
      await dismissRecommendation(actor, { requirementId: published.id });
      await restoreRecommendation(actor, { requirementId: published.id });
    },
    expected: {
      visitor: "UNAUTHENTICATED",
      vendorMember: "ok",
      otherVendor: "ok",
      enterpriseOwner: "FORBIDDEN",
      enterpriseMember: "FORBIDDEN",
      otherEnterprise: "FORBIDDEN",
      admin: "FORBIDDEN",
    },
  },
  "dismissRecommendation of a draft": {
    run: (actor, { draft }) => dismissRecommendation(actor, { requirementId: draft.id }),
    expected: {
      visitor: "UNAUTHENTICATED",
      vendorMember: "NOT_FOUND",
      otherVendor: "NOT_FOUND",
      enterpriseOwner: "FORBIDDEN",
      enterpriseMember: "FORBIDDEN",
      otherEnterprise: "FORBIDDEN",
      admin: "FORBIDDEN",
    },
  },
  findSimilarRequirements: {
    run: (actor, { published }) => findSimilarRequirements(actor, { requirementId: published.id }),
    expected: {
      visitor: "ok",
      vendorMember: "ok",
      otherVendor: "ok",
      enterpriseOwner: "ok",
      enterpriseMember: "ok",
      otherEnterprise: "ok",
      admin: "ok",
    },
  },
  "findSimilarRequirements of a draft": {
    run: (actor, { draft }) => findSimilarRequirements(actor, { requirementId: draft.id }),
    expected: {
      visitor: "NOT_FOUND",
      vendorMember: "NOT_FOUND",
      otherVendor: "NOT_FOUND",
      enterpriseOwner: "ok",
      enterpriseMember: "ok",
      otherEnterprise: "NOT_FOUND",
      admin: "ok",
    },
  },
  findSimilarToDraft: {
    run: (actor) => findSimilarToDraft(actor, { text: "负荷预测", tags: ["llm"] }),
    expected: {
      visitor: "UNAUTHENTICATED",
      vendorMember: "FORBIDDEN",
      otherVendor: "FORBIDDEN",
      enterpriseOwner: "ok",
      enterpriseMember: "ok",
      otherEnterprise: "ok",
      admin: "ok",
    },
  },
};

describe("who may use matching", () => {
  it.each(Object.keys(table))("%s", async (name) => {
    const ids = await cast();
    const { run, expected } = table[name]!;
    const actual: Record<string, Outcome> = {};
    for (const [role, actor] of Object.entries(ids.roles)) {
      actual[role] = await outcomeOf(() => run(actor, ids));
    }
    expect(actual).toEqual(expected);
  });
});
