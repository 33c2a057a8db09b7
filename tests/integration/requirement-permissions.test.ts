import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { changeDeadlines } from "@/lib/domain/requirements/deadlines/change-deadlines";
import { cancelRequirement } from "@/lib/domain/requirements/transitions/cancel-requirement";
import { requestChanges } from "@/lib/domain/requirements/transitions/request-changes";
import { takeDownRequirement } from "@/lib/domain/requirements/transitions/take-down-requirement";
import {
  requirementActionsFor,
  type RequirementActions,
} from "@/lib/domain/requirements/requirement-permissions";
import { createCast, createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { inDays, outcomeOf, requirementIn } from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();

type Viewer =
  "visitor" | "vendor" | "otherVendor" | "owner" | "member" | "otherEnterprise" | "admin";
type Flag = keyof RequirementActions;

const VIEWERS: Viewer[] = [
  "visitor",
  "vendor",
  "otherVendor",
  "owner",
  "member",
  "otherEnterprise",
  "admin",
];
const STATUSES = Object.values(RequirementStatus);
const BEFORE_AWARD: RequirementStatus[] = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "EVALUATING"];

/** Where each viewer gets each action; a flag left out is never given. */
const EXPECTED: Record<Viewer, Partial<Record<Flag, RequirementStatus[]>>> = {
  visitor: {},
  vendor: { canReport: STATUSES },
  otherVendor: { canReport: STATUSES },
  owner: {
    canEdit: ["DRAFT"],
    canCancel: BEFORE_AWARD,
    canSeeHistory: STATUSES,
    canChangeDeadlines: ["PUBLISHED"],
  },
  member: { canEdit: ["DRAFT"], canSeeHistory: STATUSES },
  otherEnterprise: { canReport: STATUSES },
  admin: {
    canModerate: ["PENDING_REVIEW"],
    canTakeDown: ["PUBLISHED", "EVALUATING"],
    canSeeHistory: STATUSES,
  },
};

/** An enterprise (owner, member), another enterprise, two vendors and an admin. */
async function createViewers(): Promise<{ orgId: string; actors: Record<Viewer, Actor> }> {
  const cast = await createCast("ENTERPRISE");
  const vendor = await createUser({ orgId: (await createOrganization({ kind: "VENDOR" })).id });
  const otherVendor = await createUser({
    orgId: (await createOrganization({ kind: "VENDOR" })).id,
    role: "OWNER",
  });
  return {
    orgId: cast.org.id,
    actors: {
      visitor: cast.roles.visitor,
      vendor: vendor.actor,
      otherVendor: otherVendor.actor,
      owner: cast.roles.owner,
      member: cast.roles.member,
      otherEnterprise: cast.roles.otherOwner,
      admin: cast.roles.admin,
    },
  };
}

const flagsGiven = (actions: RequirementActions) =>
  (Object.keys(actions) as Flag[]).filter((flag) => actions[flag]).sort();

describe("what each viewer may do with a requirement", () => {
  it.each(VIEWERS)("%s", async (viewer) => {
    const { orgId, actors } = await createViewers();
    const given = Object.fromEntries(
      STATUSES.map((status) => [
        status,
        flagsGiven(requirementActionsFor(actors[viewer], { orgId, status })),
      ]),
    );
    const expected = Object.fromEntries(
      STATUSES.map((status) => [
        status,
        (Object.keys(EXPECTED[viewer]) as Flag[])
          .filter((flag) => EXPECTED[viewer][flag]!.includes(status))
          .sort(),
      ]),
    );
    expect(given).toEqual(expected);
  });
});

const USE_CASES: [Flag, (actor: Actor, requirementId: string) => Promise<unknown>][] = [
  ["canCancel", (actor, requirementId) => cancelRequirement(actor, { requirementId, reason: "x" })],
  ["canTakeDown", (actor, id) => takeDownRequirement(actor, { requirementId: id, reason: "x" })],
  ["canModerate", (actor, requirementId) => requestChanges(actor, { requirementId, reason: "x" })],
  [
    "canChangeDeadlines",
    (actor, requirementId) =>
      changeDeadlines(actor, { requirementId, reason: "x", deadline: inDays(30).toISOString() }),
  ],
];

describe("the page offers an action exactly when its use case allows it", () => {
  it.each(USE_CASES)("%s", async (flag, run) => {
    const { orgId, actors } = await createViewers();
    for (const viewer of VIEWERS) {
      for (const status of STATUSES) {
        const requirement = await requirementIn(orgId, status);
        const offered = requirementActionsFor(actors[viewer], { orgId, status })[flag];
        const outcome = await outcomeOf(() => run(actors[viewer], requirement.id));
        expect({ viewer, status, allowed: outcome === "allowed" }).toEqual({
          viewer,
          status,
          allowed: offered,
        });
      }
    }
  });
});
