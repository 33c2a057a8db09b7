import "server-only";
import { refreshOrganizationSearch } from "@/lib/domain/organizations/search/refresh-organization-search";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { limit } from "@/lib/security/rate-limits";
import { issueEmailToken } from "./email-tokens";
import { registerAccountSchema, type RegisterAccountInput } from "./register-account.schema";
import { sendAccountEmail } from "./send-account-email";

const emailTaken = () =>
  new DomainError("VALIDATION", "emailTaken", { fieldErrors: { email: ["emailTaken"] } });

/**
 * Sign-up: creates the user and a new organization of the chosen kind with the user as its owner,
 * then emails a confirmation link. Signed-in users cannot register again; one IP registers only a
 * few accounts an hour (every attempt counts, so it cannot probe which addresses are taken).
 */
export async function registerAccount(
  actor: Actor,
  input: RegisterAccountInput,
  origin: RequestOrigin,
): Promise<{ userId: string }> {
  if (actor.kind === "user") throw new DomainError("FORBIDDEN", "alreadySignedIn");
  const data = parseInput(registerAccountSchema, input);
  await limit("tooManyRequests", ["signUpIp", origin.ip]);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } }))
    throw emailTaken();
  const passwordHash = await hashPassword(data.password);

  const { user, token } = await db
    .$transaction(async (tx) => {
      const organization = await tx.organization.create({
        data: { kind: data.kind, name: data.organizationName },
      });
      await refreshOrganizationSearch(tx, organization.id);
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          locale: data.locale,
          passwordHash,
          membership: { create: { orgId: organization.id, role: "OWNER" } },
        },
      });
      await recordAuditEvent(
        tx,
        { kind: "user", userId: user.id },
        {
          entityType: "user",
          entityId: user.id,
          orgId: organization.id,
          action: "user.register",
          after: { email: user.email, organization: organization.name, kind: data.kind },
        },
      );
      return { user, token: await issueEmailToken(tx, user.id, "VERIFY_EMAIL") };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? emailTaken() : error;
    });

  await sendAccountEmail("verifyEmail", user, token);
  return { userId: user.id };
}
