import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { answerQuestion } from "@/lib/domain/questions/answer-question";
import { askQuestion } from "@/lib/domain/questions/ask-question";
import { getQuestionAttachment } from "@/lib/domain/questions/get-question-attachment";
import { listClarifications } from "@/lib/domain/questions/list-clarifications";
import { listOwnQuestions } from "@/lib/domain/questions/list-own-questions";
import { listQuestionInbox } from "@/lib/domain/questions/list-question-inbox";
import { publishAddendum } from "@/lib/domain/questions/publish-addendum";
import { changeDeadlines } from "@/lib/domain/requirements/deadlines/change-deadlines";
import { listDeadlineChanges } from "@/lib/domain/requirements/deadlines/list-deadline-changes";
import { pdfFile } from "@/tests/helpers/attachment-files";
import { BIDDING_ROLES, createBiddingScene, type BiddingRole } from "@/tests/helpers/proposals";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { inDays, outcomeOf, type Outcome } from "@/tests/helpers/requirement-transitions";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

/** The scene every row starts from: the vendor (member) asked one question, with a file. */
async function scene() {
  const cast = await createBiddingScene({ deadline: inDays(10), questionDeadline: inDays(5) });
  const { questionId } = await askQuestion(cast.actors.vendorMember, {
    requirementId: cast.requirement.id,
    body: "现有数据覆盖多长时间？",
    attachment: pdfFile(),
  });
  return { ...cast, requirementId: cast.requirement.id, questionId };
}

type Scene = Awaited<ReturnType<typeof scene>>;

interface Operation {
  run: (actor: Actor, scene: Scene) => Promise<unknown>;
  /** How many audit events it writes when allowed; a refusal writes none. */
  writes?: number;
  /** What each role gets; for reads that succeed, how many rows they see. */
  table: Record<BiddingRole, Outcome | number>;
}

const VENDORS_ONLY = {
  enterpriseOwner: "FORBIDDEN",
  enterpriseMember: "FORBIDDEN",
  admin: "FORBIDDEN",
} as const;
const ENTERPRISE_ONLY = {
  visitor: "UNAUTHENTICATED",
  vendorMember: "FORBIDDEN",
  vendorOwner: "FORBIDDEN",
  otherVendor: "FORBIDDEN",
  admin: "FORBIDDEN",
} as const;

const OPERATIONS: Record<string, Operation> = {
  ask: {
    writes: 1,
    run: (actor, s) => askQuestion(actor, { requirementId: s.requirementId, body: "再问一个问题" }),
    table: {
      visitor: "UNAUTHENTICATED",
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "allowed",
      ...VENDORS_ONLY,
      otherEnterprise: "FORBIDDEN",
    },
  },
  listOwnQuestions: {
    run: (actor, s) => listOwnQuestions(actor, { requirementId: s.requirementId }),
    table: {
      visitor: "UNAUTHENTICATED",
      vendorMember: 1,
      vendorOwner: 1,
      otherVendor: 0,
      ...VENDORS_ONLY,
      otherEnterprise: "FORBIDDEN",
    },
  },
  listClarifications: {
    run: async (actor, s) => {
      await answerQuestion(s.actors.enterpriseOwner, {
        questionId: s.questionId,
        answer: "三年",
        publish: true,
      });
      return listClarifications(actor, { requirementId: s.requirementId });
    },
    table: {
      visitor: "UNAUTHENTICATED",
      vendorMember: 1,
      vendorOwner: 1,
      otherVendor: 1,
      enterpriseOwner: 1,
      enterpriseMember: 1,
      otherEnterprise: 1,
      admin: 1,
    },
  },
  listInbox: {
    run: (actor) => listQuestionInbox(actor),
    table: { ...ENTERPRISE_ONLY, enterpriseOwner: 1, enterpriseMember: 1, otherEnterprise: 0 },
  },
  answer: {
    writes: 1,
    run: (actor, s) => answerQuestion(actor, { questionId: s.questionId, answer: "三年" }),
    table: {
      ...ENTERPRISE_ONLY,
      enterpriseOwner: "allowed",
      enterpriseMember: "allowed",
      otherEnterprise: "NOT_FOUND",
    },
  },
  answerAndPublish: {
    writes: 2,
    run: (actor, s) =>
      answerQuestion(actor, { questionId: s.questionId, answer: "三年", publish: true }),
    table: {
      ...ENTERPRISE_ONLY,
      enterpriseOwner: "allowed",
      enterpriseMember: "allowed",
      otherEnterprise: "NOT_FOUND",
    },
  },
  publishAddendum: {
    writes: 1,
    run: (actor, s) => publishAddendum(actor, { requirementId: s.requirementId, body: "补遗" }),
    table: {
      ...ENTERPRISE_ONLY,
      enterpriseOwner: "allowed",
      enterpriseMember: "allowed",
      otherEnterprise: "NOT_FOUND",
    },
  },
  downloadQuestionAttachment: {
    run: (actor, s) => getQuestionAttachment(actor, { questionId: s.questionId }),
    table: {
      visitor: "NOT_FOUND",
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "NOT_FOUND",
      enterpriseOwner: "allowed",
      enterpriseMember: "allowed",
      otherEnterprise: "NOT_FOUND",
      admin: "NOT_FOUND",
    },
  },
  changeDeadlines: {
    writes: 1,
    run: (actor, s) =>
      changeDeadlines(actor, {
        requirementId: s.requirementId,
        deadline: inDays(20).toISOString(),
        reason: "延期",
      }),
    table: {
      ...ENTERPRISE_ONLY,
      enterpriseOwner: "allowed",
      enterpriseMember: "FORBIDDEN",
      otherEnterprise: "NOT_FOUND",
    },
  },
  listDeadlineChanges: {
    run: async (actor, s) => {
      await changeDeadlines(s.actors.enterpriseOwner, {
        requirementId: s.requirementId,
        deadline: inDays(20).toISOString(),
        reason: "延期",
      });
      return listDeadlineChanges(actor, s.requirementId);
    },
    table: {
      visitor: 1,
      vendorMember: 1,
      vendorOwner: 1,
      otherVendor: 1,
      enterpriseOwner: 1,
      enterpriseMember: 1,
      otherEnterprise: 1,
      admin: 1,
    },
  },
};

/** The outcome, or for a read that went through, how many rows it returned. */
async function resultOf(run: () => Promise<unknown>): Promise<Outcome | number> {
  let rows: unknown;
  const outcome = await outcomeOf(async () => {
    rows = await run();
  });
  return outcome === "allowed" && Array.isArray(rows) ? rows.length : outcome;
}

const cases = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
  BIDDING_ROLES.map((role) => [name, role, operation] as const),
);

describe("who may take part in a requirement's clarification and change its deadlines", () => {
  it.each(cases)("%s: %s", async (_name, role, operation) => {
    const s = await scene();
    const writesBefore = await db.auditEvent.count();
    const result = await resultOf(() => operation.run(s.actors[role], s));
    expect(result).toBe(operation.table[role]);
    if (operation.writes) {
      const written = result === "allowed" ? operation.writes : 0;
      expect(await db.auditEvent.count()).toBe(writesBefore + written);
    }
  });
});
