import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwnMembership } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { attachmentHref } from "../attachments/attachment-href";
import { isEditable } from "./draft-rules";
import { criteriaSelect, editableColumnsSelect } from "./requirement-record";

export const getRequirementForEditSchema = z.object({ requirementId: z.string().min(1) });

/**
 * Everything the editor shows, for members of the owner organization (in any state; only a
 * DRAFT is `editable`): the fields, the criteria in order, the attachments, the `version` the
 * save must name, and the admins' `statusReason` after they requested changes.
 */
export async function getRequirementForEdit(
  actor: Actor,
  input: z.input<typeof getRequirementForEditSchema>,
) {
  const member = requireOwnMembership(actor);
  const { requirementId } = parseInput(getRequirementForEditSchema, input);
  const row = await db.requirement.findFirst({
    where: { id: requirementId, orgId: member.orgId },
    select: {
      id: true,
      status: true,
      statusReason: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      ...editableColumnsSelect,
      criteria: criteriaSelect,
      attachments: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          createdAt: true,
          file: { select: { originalName: true, contentType: true, sizeBytes: true } },
        },
      },
    },
  });
  if (!row) throw new DomainError("NOT_FOUND", "requirementNotFound");
  const { attachments, ...requirement } = row;
  return {
    ...requirement,
    editable: isEditable(requirement.status),
    attachments: attachments.map(({ id, createdAt, file }) => ({
      id,
      createdAt,
      ...file,
      href: attachmentHref(id),
    })),
  };
}

export type RequirementForEdit = Awaited<ReturnType<typeof getRequirementForEdit>>;
