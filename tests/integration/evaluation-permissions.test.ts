import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import {
  awardProposal,
  closeUnsuccessful,
  shortlistProposal,
} from "@/lib/domain/evaluation/decide";
import { listOpenedProposals } from "@/lib/domain/evaluation/list-opened-proposals";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import { getOwnOutcome } from "@/lib/domain/evaluation/outcomes";
import {
  appointEvaluators,
  declareNoConflict,
  scoreProposal,
  submitScores,
} from "@/lib/domain/evaluation/panel";
import { getRanking, listOwnScores } from "@/lib/domain/evaluation/read-scores";
import { exportEvaluationSheet } from "@/lib/domain/evaluation/sheet/export-evaluation-sheet";
import { setUpTestDatabase } from "@/tests/helpers/database";
import {
  EVALUATION_ROLES,
  createEvaluationScene,
  type EvaluationRole,
} from "@/tests/helpers/evaluation";

setUpTestDatabase();

type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
type Scene = Awaited<ReturnType<typeof createEvaluationScene>>;

/** Refusals shared by every enterprise-side operation of roles outside the owner organization. */
const OUTSIDERS = {
  otherEnterprise: "NOT_FOUND",
  vendorBidder: "FORBIDDEN",
  otherVendor: "FORBIDDEN",
  admin: "FORBIDDEN",
  visitor: "UNAUTHENTICATED",
} as const;
const ANY_MEMBER = {
  enterpriseOwner: "allowed",
  evaluator: "allowed",
  nonEvaluator: "allowed",
  ...OUTSIDERS,
} as const;
const PANEL_ONLY = {
  enterpriseOwner: "FORBIDDEN",
  evaluator: "allowed",
  nonEvaluator: "FORBIDDEN",
  ...OUTSIDERS,
} as const;

/** The scene opened, the evaluator (and the second one) on the panel and declared. */
async function openedScene(): Promise<Scene> {
  const scene = await createEvaluationScene();
  const { requirement, users } = scene;
  await openProposals(users.owner.actor, { requirementId: requirement.id });
  await appointEvaluators(users.owner.actor, {
    requirementId: requirement.id,
    userIds: [users.evaluator.user.id, users.secondEvaluator.user.id],
  });
  for (const judge of [users.evaluator, users.secondEvaluator]) {
    await declareNoConflict(judge.actor, { requirementId: requirement.id });
  }
  return scene;
}

/** `judge` scores every proposal on the scored criterion. */
async function scoreAll(scene: Scene, judge: Actor, points: [number, number]) {
  const { requirement, proposals, criteria } = scene;
  for (const [proposal, score] of [
    [proposals.first, points[0]],
    [proposals.second, points[1]],
  ] as const) {
    await scoreProposal(judge, {
      requirementId: requirement.id,
      proposalId: proposal.id,
      criterionId: criteria.quality.id,
      score,
      comment: "评语",
    });
  }
}

/** The second evaluator has submitted; the evaluator has not. */
async function partlyScoredScene(): Promise<Scene> {
  const scene = await openedScene();
  await scoreAll(scene, scene.users.secondEvaluator.actor, [70, 90]);
  await submitScores(scene.users.secondEvaluator.actor, { requirementId: scene.requirement.id });
  return scene;
}

interface Operation {
  name: string;
  expected: Record<EvaluationRole, Outcome>;
  setUp: () => Promise<Scene>;
  call: (actor: Actor, scene: Scene) => Promise<unknown>;
  writes?: boolean;
}

const OPERATIONS: Operation[] = [
  {
    name: "open the proposals (开标)",
    expected: ANY_MEMBER,
    setUp: createEvaluationScene,
    call: (actor, { requirement }) => openProposals(actor, { requirementId: requirement.id }),
  },
  {
    name: "read the opened proposals",
    expected: ANY_MEMBER,
    setUp: openedScene,
    call: (actor, { requirement }) => listOpenedProposals(actor, { requirementId: requirement.id }),
    writes: false,
  },
  {
    name: "name the evaluators",
    expected: {
      ...OUTSIDERS,
      enterpriseOwner: "allowed",
      evaluator: "FORBIDDEN",
      nonEvaluator: "FORBIDDEN",
      vendorBidder: "FORBIDDEN",
    },
    setUp: createEvaluationScene,
    call: (actor, { requirement, users }) =>
      appointEvaluators(actor, {
        requirementId: requirement.id,
        userIds: [users.nonEvaluator.user.id],
      }),
  },
  {
    name: "declare no conflict of interest",
    expected: PANEL_ONLY,
    setUp: async () => {
      const scene = await createEvaluationScene();
      await openProposals(scene.users.owner.actor, { requirementId: scene.requirement.id });
      await appointEvaluators(scene.users.owner.actor, {
        requirementId: scene.requirement.id,
        userIds: [scene.users.evaluator.user.id],
      });
      return scene;
    },
    call: (actor, { requirement }) => declareNoConflict(actor, { requirementId: requirement.id }),
  },
  {
    name: "score a proposal (a non-evaluator member is refused)",
    expected: PANEL_ONLY,
    setUp: openedScene,
    call: (actor, scene) => scoreAll(scene, actor, [80, 80]),
  },
  {
    name: "submit the scores",
    expected: PANEL_ONLY,
    setUp: async () => {
      const scene = await openedScene();
      await scoreAll(scene, scene.users.evaluator.actor, [80, 80]);
      return scene;
    },
    call: (actor, { requirement }) => submitScores(actor, { requirementId: requirement.id }),
  },
  {
    name: "read one's own scores",
    expected: PANEL_ONLY,
    setUp: openedScene,
    call: (actor, { requirement }) => listOwnScores(actor, { requirementId: requirement.id }),
    writes: false,
  },
  {
    name: "read the ranking with the others' scores (an evaluator who has not submitted is refused)",
    expected: { ...ANY_MEMBER, evaluator: "FORBIDDEN" },
    setUp: partlyScoredScene,
    call: (actor, { requirement }) => getRanking(actor, { requirementId: requirement.id }),
    writes: false,
  },
  {
    name: "export the evaluation sheet (exactly who may read the ranking)",
    expected: { ...ANY_MEMBER, evaluator: "FORBIDDEN" },
    setUp: partlyScoredScene,
    call: (actor, { requirement }) =>
      exportEvaluationSheet(actor, { requirementId: requirement.id, format: "csv" }),
    writes: false,
  },
  {
    name: "shortlist a proposal",
    expected: ANY_MEMBER,
    setUp: openedScene,
    call: (actor, { requirement, proposals }) =>
      shortlistProposal(actor, {
        requirementId: requirement.id,
        proposalId: proposals.first.id,
        shortlisted: true,
      }),
  },
  {
    name: "award a proposal",
    expected: ANY_MEMBER,
    setUp: partlyScoredScene,
    call: (actor, { requirement, proposals }) =>
      awardProposal(actor, { requirementId: requirement.id, proposalId: proposals.second.id }),
  },
  {
    name: "close as unsuccessful",
    expected: ANY_MEMBER,
    setUp: openedScene,
    call: (actor, { requirement }) =>
      closeUnsuccessful(actor, { requirementId: requirement.id, reason: "有效投标不足三家" }),
  },
  {
    name: "read one's own outcome",
    expected: {
      enterpriseOwner: "FORBIDDEN",
      evaluator: "FORBIDDEN",
      nonEvaluator: "FORBIDDEN",
      otherEnterprise: "FORBIDDEN",
      vendorBidder: "allowed",
      otherVendor: "NOT_FOUND",
      admin: "FORBIDDEN",
      visitor: "UNAUTHENTICATED",
    },
    setUp: openedScene,
    call: (actor, { requirement }) => getOwnOutcome(actor, { requirementId: requirement.id }),
    writes: false,
  },
];

describe("evaluation authorization", () => {
  for (const operation of OPERATIONS) {
    describe(operation.name, () => {
      it.each(EVALUATION_ROLES)("%s", async (role) => {
        const scene = await operation.setUp();
        const before = await db.auditEvent.count();
        const call = () => operation.call(scene.actors[role], scene);
        if (operation.expected[role] === "allowed") {
          await call();
          if (operation.writes !== false)
            expect(await db.auditEvent.count()).toBeGreaterThan(before);
        } else {
          await expect(call()).rejects.toMatchObject({ code: operation.expected[role] });
          expect(await db.auditEvent.count()).toBe(before);
        }
      });
    });
  }
});
