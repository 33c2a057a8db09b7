import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { notFound } from "@/lib/domain/errors";
import { databaseNow, isOpenForProposals } from "@/lib/domain/requirements/open-for-proposals";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import { parseInput } from "@/lib/validation/parse-input";
import { ELIGIBILITY_RULES_SELECT, ineligibleReasons } from "./eligibility";
import { EMPTY_DRAFT, proposalDraftSchema } from "./proposal-content.schema";
import { requirementRefSchema, type RequirementRef } from "./proposal.schema";
import { statedQualifications } from "./stated-qualifications";
import { VERSION_CONTENT_SELECT, changedFields, versionContent } from "./version-content";

/**
 * Everything a vendor member needs to draft, submit, revise or withdraw its proposal for one
 * requirement: what the requirement asks, whether the vendor is eligible (and why not), whether
 * it is still open by the database's clock, the draft, and every submitted version with what
 * changed from the one before. Only ever the actor's own organization's proposal.
 */
export async function getOwnProposal(actor: Actor, input: RequirementRef) {
  const vendor = requireVendorMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  const now = await databaseNow();
  const requirement = await db.requirement.findFirst({
    where: { AND: [{ id: requirementId }, visibleRequirementsWhere(vendor)] },
    select: {
      id: true,
      title: true,
      status: true,
      deadline: true,
      qualifications: true,
      ...ELIGIBILITY_RULES_SELECT,
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, description: true, weight: true },
      },
    },
  });
  if (!requirement) throw notFound("Requirement");
  const [proposal, caseStudies, ineligible] = await Promise.all([
    db.proposal.findUnique({
      where: { requirementId_vendorOrgId: { requirementId, vendorOrgId: vendor.orgId } },
      select: {
        id: true,
        status: true,
        draft: true,
        currentVersion: true,
        submittedAt: true,
        withdrawnAt: true,
        attachments: {
          where: { inDraft: true },
          orderBy: { createdAt: "asc" },
          select: { id: true, file: { select: { originalName: true, sizeBytes: true } } },
        },
        versions: {
          orderBy: { version: "desc" },
          select: {
            version: true,
            digest: true,
            createdAt: true,
            ...VERSION_CONTENT_SELECT,
            attachments: {
              orderBy: { position: "asc" },
              select: {
                attachment: { select: { id: true, file: { select: { originalName: true } } } },
              },
            },
          },
        },
      },
    }),
    db.caseStudy.findMany({
      where: { orgId: vendor.orgId },
      orderBy: { year: "desc" },
      select: { id: true, title: true, year: true },
    }),
    ineligibleReasons(db, vendor.orgId, requirement, now),
  ]);
  const versions = (proposal?.versions ?? []).map((v) => ({
    version: v.version,
    digest: v.digest,
    receivedAt: v.createdAt,
    content: versionContent(v),
    attachments: v.attachments.map(({ attachment }) => ({
      id: attachment.id,
      name: attachment.file.originalName,
    })),
  }));
  const withChanges = versions.map((v, i) => {
    const previous = versions[i + 1];
    const names = (x: typeof v) => x.attachments.map((a) => a.name);
    return {
      ...v,
      changed: previous
        ? changedFields(
            { ...previous.content, attachments: names(previous) },
            { ...v.content, attachments: names(v) },
          )
        : [],
    };
  });
  return {
    requirement: {
      id: requirement.id,
      title: requirement.title,
      deadline: requirement.deadline,
      open: isOpenForProposals(requirement, now),
      criteria: requirement.criteria,
      qualifications: statedQualifications(requirement.qualifications),
    },
    ineligible,
    caseStudies,
    proposal: proposal
      ? {
          id: proposal.id,
          status: proposal.status,
          currentVersion: proposal.currentVersion,
          submittedAt: proposal.submittedAt,
          withdrawnAt: proposal.withdrawnAt,
          draft: proposalDraftSchema.catch(EMPTY_DRAFT).parse(proposal.draft),
          attachments: proposal.attachments.map((a) => ({
            id: a.id,
            name: a.file.originalName,
            sizeBytes: a.file.sizeBytes,
          })),
          versions: withChanges,
        }
      : null,
  };
}

export type OwnProposal = Awaited<ReturnType<typeof getOwnProposal>>;
