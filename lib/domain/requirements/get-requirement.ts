import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { attachmentHref } from "./attachments/attachment-href";
import { databaseNow, effectiveStatus } from "./open-for-proposals";
import { maySeeInternals } from "./requirement-permissions";
import { visibleRequirementsWhere } from "./visibility";
import { requirementSummarySelect } from "./requirement-summary";

const detailSelect = {
  ...requirementSummarySelect,
  questionDeadline: true,
  deploymentMode: true,
  domesticStackRequired: true,
  durationMonths: true,
  statusReason: true,
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

/**
 * A requirement the actor may see. Visitors get the summary fields; signed-in users also the
 * full text and the attachments (`null` for visitors); the owner organization and admins also
 * the reason of the last decision.
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
  const { statusReason, ...row } = found;
  const { fullText, attachments } =
    actor.kind === "visitor" ? { fullText: null, attachments: null } : await signedInPart(id);
  return {
    ...row,
    status: effectiveStatus(row, now),
    statusReason: maySeeInternals(actor, row.organization.id) ? statusReason : null,
    fullText,
    attachments,
  };
}

export type RequirementDetail = Awaited<ReturnType<typeof getRequirement>>;
