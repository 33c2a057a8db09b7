import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireEnterpriseMember } from "@/lib/auth/guards";
import { lockOpenRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { parseInput } from "@/lib/validation/parse-input";
import { publishClarification } from "./publish-clarification";
import { publishAddendumSchema, type PublishAddendumInput } from "./question.schema";

/**
 * A member of the requirement's organization publishes an addendum (补遗), a clarification
 * without a question, while the requirement is open for proposals.
 */
export async function publishAddendum(
  actor: Actor,
  input: PublishAddendumInput,
): Promise<{ clarificationId: string }> {
  const member = requireEnterpriseMember(actor);
  const { requirementId, body } = parseInput(publishAddendumSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await lockOpenRequirement(tx, requirementId, {
      orgId: member.orgId,
      mode: "share",
    });
    return { clarificationId: await publishClarification(tx, member, requirement, { body }) };
  });
}
