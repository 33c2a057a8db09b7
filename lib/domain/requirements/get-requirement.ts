import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { attachmentHref } from "./attachments/attachment-href";
import { databaseNow, effectiveStatus } from "./open-for-proposals";
import { maySeeContact, maySeeInternals } from "./requirement-permissions";
import { visibleRequirementsWhere } from "./visibility";
import { requirementSummarySelect } from "./requirement-summary";

const detailSelect = {
  ...requirementSummarySelect,
  questionDeadline: true,
  deploymentMode: true,
  domesticStackRequired: true,
  requiresVerifiedVendor: true,
  requiredCertifications: true,
  durationMonths: true,
  expectedStartAt: true,
  statusReason: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  criteria: {
    select: { name: true, weight: true, description: true },
    orderBy: { position: "asc" },
  },
  organization: {
    select: {
      id: true,
      name: true,
      nameEn: true,
      verificationStatus: true,
      region: true,
      description: true,
    },
  },
  award: {
    select: {
      decidedAt: true,
      proposal: { select: { vendor: { select: { id: true, name: true, nameEn: true } } } },
      contract: { select: { signedAt: true, completedAt: true } },
    },
  },
} as const;

/** Full text fields, shown only to signed-in users (visitors see the summary fields). */
const fullTextSelect = {
  description: true,
  background: true,
  objectives: true,
  deliverables: true,
  dataAvailable: true,
  qualifications: true,
} as const;

/** Attachments, like the full text, only for signed-in users. */
const attachmentsSelect = {
  orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  select: {
    id: true,
    file: { select: { originalName: true, contentType: true, sizeBytes: true } },
  },
} satisfies Prisma.RequirementSelect["attachments"];

async function signedInPart(id: string) {
  const { attachments, ...fullText } = await db.requirement.findUniqueOrThrow({
    where: { id },
    select: { ...fullTextSelect, attachments: attachmentsSelect },
  });
  return {
    fullText,
    attachments: attachments.map(({ id: attachmentId, file }) => ({
      id: attachmentId,
      ...file,
      href: attachmentHref(attachmentId),
    })),
  };
}

type ContactColumns = {
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
};

/** The contact person, or null when none was given. */
function contactOf({ contactName, contactPhone, contactEmail }: ContactColumns) {
  if (!contactName && !contactPhone && !contactEmail) return null;
  return { name: contactName, phone: contactPhone, email: contactEmail };
}

/** The winning vendor, and when the contract was signed and completed (null before an award). */
function awardOf(award: Prisma.RequirementGetPayload<{ select: typeof detailSelect }>["award"]) {
  if (!award) return null;
  return {
    decidedAt: award.decidedAt,
    vendor: award.proposal.vendor,
    signedAt: award.contract?.signedAt ?? null,
    completedAt: award.contract?.completedAt ?? null,
  };
}

/**
 * A requirement the actor may see. Visitors get the summary fields; signed-in users also the
 * full text and the attachments (`null` for visitors); vendors, the owner organization and
 * admins the contact person (`contactWithheld` tells the others that there is one); the owner
 * organization and admins also the reason of the last decision.
 */
export async function getRequirement(actor: Actor, id: string) {
  const [found, now] = await Promise.all([
    db.requirement.findFirst({
      where: { AND: [{ id }, visibleRequirementsWhere(actor)] },
      select: detailSelect,
    }),
    databaseNow(),
  ]);
  if (!found) throw notFound("Requirement");
  const { statusReason, contactName, contactPhone, contactEmail, award, ...row } = found;
  const { fullText, attachments } =
    actor.kind === "visitor" ? { fullText: null, attachments: null } : await signedInPart(id);
  const contact = contactOf({ contactName, contactPhone, contactEmail });
  const showContact = maySeeContact(actor, row.organization.id);
  return {
    ...row,
    status: effectiveStatus(row, now),
    statusReason: maySeeInternals(actor, row.organization.id) ? statusReason : null,
    fullText,
    attachments,
    contact: showContact ? contact : null,
    contactWithheld: !showContact && contact !== null,
    award: awardOf(award),
  };
}

export type RequirementDetail = Awaited<ReturnType<typeof getRequirement>>;
