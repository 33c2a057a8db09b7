import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isVendorMember } from "@/lib/auth/guards";
import {
  databaseNow,
  isOpenForProposals,
  isOpenForQuestions,
} from "@/lib/domain/requirements/open-for-proposals";
import { listClarifications } from "./list-clarifications";
import { listOwnQuestions } from "./list-own-questions";
import { answersQuestions } from "./question-permissions";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";

/**
 * What the requirement page's clarification section shows the actor (signed in, able to see the
 * requirement): the published clarifications; for vendors their organization's questions and
 * whether they may still ask; for the enterprise how many questions wait and whether it may
 * still answer and publish. Open or not is decided by the database's clock.
 */
export async function getClarificationBoard(actor: Actor, requirementId: string) {
  const { orgId } = await requireVisibleRequirement(db, actor, requirementId);
  const [clarifications, requirement, now] = await Promise.all([
    listClarifications(actor, { requirementId }),
    db.requirement.findUniqueOrThrow({
      where: { id: requirementId },
      select: { status: true, deadline: true, questionDeadline: true },
    }),
    databaseNow(),
  ]);
  const vendor = isVendorMember(actor);
  const enterprise = answersQuestions.can(actor, orgId);
  return {
    clarifications,
    ownQuestions: vendor ? await listOwnQuestions(actor, { requirementId }) : null,
    canAsk: vendor && isOpenForQuestions(requirement, now),
    canPublish: enterprise && isOpenForProposals(requirement, now),
    unanswered: enterprise
      ? await db.question.count({ where: { requirementId, answer: null } })
      : null,
  };
}

export type ClarificationBoard = Awaited<ReturnType<typeof getClarificationBoard>>;
