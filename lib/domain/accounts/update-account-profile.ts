import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import {
  updateAccountProfileSchema,
  type UpdateAccountProfileInput,
} from "./account-settings.schema";

/** The signed-in user changes their name and preferred language (emails and pages use it). */
export async function updateAccountProfile(actor: Actor, input: UpdateAccountProfileInput) {
  const user = requireUser(actor);
  const data = parseInput(updateAccountProfileSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: user.userId },
      select: { name: true, locale: true },
    });
    await tx.user.update({ where: { id: user.userId }, data });
    await recordAuditEvent(tx, user, {
      entityType: "user",
      entityId: user.userId,
      action: "user.update-profile",
      before,
      after: data,
    });
    return data;
  });
}
