import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { admin, requireUser } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { readStoredFile } from "@/lib/storage/file-storage";

const notFound = () => new DomainError("NOT_FOUND", "verificationRequestNotFound");

/**
 * The business licence of a verification request, for admins and the requesting organization's
 * members. Anyone else is told it does not exist, so that request ids reveal nothing.
 */
export async function getVerificationLicense(actor: Actor, input: { requestId: string }) {
  const user = requireUser(actor);
  const isAdmin = admin.can(user);
  if (!isAdmin && !user.orgId) throw notFound();
  const request = await db.verificationRequest.findFirst({
    where: { id: input.requestId, ...(isAdmin ? {} : { orgId: user.orgId! }) },
    select: {
      licenseFile: { select: { storageKey: true, originalName: true, contentType: true } },
    },
  });
  if (!request) throw notFound();
  const { storageKey, originalName, contentType } = request.licenseFile;
  const bytes = await readStoredFile(storageKey).catch(() => {
    throw notFound();
  });
  return { bytes, originalName, contentType };
}
