import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { adminOrPlatform, memberOf, ownerOf } from "@/lib/auth/guards";

/** What anyone may see of an organization: vendors' profiles are public, and enterprises' names
 * and descriptions appear on their public requirements anyway. */
const publicProfileSelect = {
  id: true,
  kind: true,
  name: true,
  nameEn: true,
  region: true,
  industries: true,
  capabilities: true,
  domesticStack: true,
  description: true,
  website: true,
  logoFileId: true,
  verificationStatus: true,
  caseStudies: {
    select: {
      id: true,
      title: true,
      industry: true,
      capabilities: true,
      year: true,
      summary: true,
      clientName: true,
    },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  },
  certifications: {
    select: { id: true, name: true, issuer: true, validUntil: true },
    orderBy: { name: "asc" },
  },
} satisfies Prisma.OrganizationSelect;

/** Only for the organization's members and platform admins. */
const insiderSelect = {
  creditCode: true,
  verifiedAt: true,
  verifiedName: true,
  verifiedCreditCode: true,
  updatedAt: true,
} as const;

const isInsider = (actor: Actor, orgId: string) =>
  adminOrPlatform.can(actor) || memberOf.can(actor, orgId);

/**
 * An organization's profile. Everyone gets the public fields; members and admins also get
 * `insider` (credit code, the last verification: when, for which name and credit code).
 * `canEdit` tells whether the actor is an owner.
 */
export async function getOrganizationProfile(actor: Actor, orgId: string) {
  const row = await db.organization.findUnique({
    where: { id: orgId },
    select: publicProfileSelect,
  });
  if (!row) throw notFound("Organization");
  const insider = isInsider(actor, orgId)
    ? await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: insiderSelect })
    : null;
  const canEdit = ownerOf.can(actor, orgId);
  return { ...row, insider, canEdit };
}

export type OrganizationProfile = Awaited<ReturnType<typeof getOrganizationProfile>>;
