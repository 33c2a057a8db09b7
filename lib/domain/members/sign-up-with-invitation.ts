import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import {
  signUpWithInvitationSchema,
  type SignUpWithInvitationInput,
} from "./accept-invitation.schema";
import { claimInvitation, findValidInvitation } from "./claim-invitation";
import { parseInput } from "@/lib/validation/parse-input";

const hasAccount = () => new DomainError("CONFLICT", "invitationHasAccount");

/**
 * A visitor accepts an invitation by creating their account on the way: the email is the invited
 * one and counts as confirmed (the emailed link proves it), and the account joins the
 * organization as a member. People who already have an account sign in and accept instead.
 */
export async function signUpWithInvitation(
  actor: Actor,
  input: SignUpWithInvitationInput,
): Promise<{ userId: string }> {
  if (actor.kind === "user") throw new DomainError("FORBIDDEN", "alreadySignedIn");
  const data = parseInput(signUpWithInvitationSchema, input);
  // Refuse early, before the deliberately slow password hash; the transaction checks again.
  const preview = await findValidInvitation(db, data.token);
  if (await db.user.findUnique({ where: { email: preview.email }, select: { id: true } }))
    throw hasAccount();
  const passwordHash = await hashPassword(data.password);

  return db
    .$transaction(async (tx) => {
      const invitation = await claimInvitation(tx, data.token);
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: data.name,
          locale: data.locale,
          passwordHash,
          emailVerifiedAt: new Date(),
          membership: { create: { orgId: invitation.orgId, role: invitation.role } },
        },
        select: { id: true },
      });
      const auditActor = { kind: "user", userId: user.id } as const;
      await recordAuditEvent(tx, auditActor, {
        entityType: "user",
        entityId: user.id,
        orgId: invitation.orgId,
        action: "user.register-by-invitation",
        after: { email: invitation.email, invitationId: invitation.id },
      });
      await recordAuditEvent(tx, auditActor, {
        entityType: "invitation",
        entityId: invitation.id,
        orgId: invitation.orgId,
        action: "invitation.accept",
        after: { userId: user.id, role: invitation.role },
      });
      return { userId: user.id };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? hasAccount() : error;
    });
}
