import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { readStoredFile } from "@/lib/storage/file-storage";

/** An organization's logo, public like the organization's name (anyone may read it). */
export async function getOrganizationLogo(_actor: Actor, orgId: string) {
  const org = await db.organization.findUnique({
    where: { id: orgId },
    select: { logo: { select: { storageKey: true, contentType: true } } },
  });
  if (!org?.logo) throw notFound("Logo");
  const bytes = await readStoredFile(org.logo.storageKey).catch(() => {
    throw notFound("Logo");
  });
  return { contentType: org.logo.contentType, bytes };
}
