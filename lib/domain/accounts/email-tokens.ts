import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/domain/errors";
import { hashToken, newSecretToken } from "@/lib/security/tokens";

type Tx = Prisma.TransactionClient;

/** A token as it arrives from an emailed link. */
export const linkTokenSchema = z.string().min(10).max(200);

const LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
  UNLOCK_SIGN_IN: 60 * 60 * 1000,
  CHANGE_EMAIL: 24 * 60 * 60 * 1000,
};

/**
 * Issues a single-use token for the user (earlier unused ones of the purpose stop working); an
 * email change names the new address.
 */
export async function issueEmailToken(
  tx: Tx,
  userId: string,
  purpose: EmailTokenPurpose,
  newEmail: string | null = null,
): Promise<string> {
  const token = newSecretToken();
  await tx.emailToken.updateMany({
    where: { userId, purpose, usedAt: null },
    data: { usedAt: new Date() },
  });
  await tx.emailToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      newEmail,
      expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
    },
  });
  return token;
}

/**
 * Marks the token used and returns its user (and the new address of an email change), or refuses
 * an unknown, used or expired token. The update is conditional, so two concurrent uses cannot
 * both succeed.
 */
export async function consumeEmailToken(
  tx: Tx,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<{ userId: string; newEmail: string | null }> {
  const tokenHash = hashToken(token);
  const { count } = await tx.emailToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count !== 1) throw new DomainError("VALIDATION", "tokenInvalid");
  return tx.emailToken.findUniqueOrThrow({
    where: { tokenHash },
    select: { userId: true, newEmail: true },
  });
}
