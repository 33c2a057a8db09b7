import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The asking organization's ordinal on the requirement: the one its earlier questions have, or
 * the next free one. Serialized per requirement, so that two organizations asking at once get
 * different letters.
 */
export async function askerOrdinalFor(
  tx: Prisma.TransactionClient,
  requirementId: string,
  vendorOrgId: string,
): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`question-askers:${requirementId}`}))`;
  const earlier = await tx.question.findFirst({
    where: { requirementId, vendorOrgId },
    select: { askerOrdinal: true },
  });
  if (earlier) return earlier.askerOrdinal;
  const { _max } = await tx.question.aggregate({
    where: { requirementId },
    _max: { askerOrdinal: true },
  });
  return (_max.askerOrdinal ?? 0) + 1;
}
