import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/domain/errors";
import { shanghaiTimeText } from "@/lib/format/shanghai-time";

type Tx = Prisma.TransactionClient;

/** Audit actions of the editor. Attachments do not change the version (they are not form fields). */
export const AUTHORING_ACTIONS = {
  create: "requirement.create",
  update: "requirement.update",
  addAttachment: "requirement.add-attachment",
  removeAttachment: "requirement.remove-attachment",
} as const;

/**
 * Only a DRAFT is edited: a new one, or one an admin sent back with requested changes. Once
 * submitted, the content is what the admins review and vendors read. The one place this rule is
 * written: the editor, the attachments, the permissions pages show and the dashboard's links all
 * ask here.
 */
export const EDITABLE_STATUS = "DRAFT" satisfies RequirementStatus;

export function isEditable(status: RequirementStatus): boolean {
  return status === EDITABLE_STATUS;
}

/** Why a requirement in `status` cannot be edited; null when it can (see editRequirement). */
export function editableRefusal(status: RequirementStatus): DomainError | null {
  return isEditable(status)
    ? null
    : new DomainError("INVALID_TRANSITION", "requirementNotEditable", { params: { status } });
}

/**
 * The refusal of a save based on an outdated version, naming who saved last and when (Beijing
 * time), from the latest version-changing audit event. Admins and the platform are not named.
 */
export async function changedByOther(tx: Tx, requirementId: string): Promise<DomainError> {
  const last = await tx.auditEvent.findFirst({
    where: {
      entityType: "requirement",
      entityId: requirementId,
      action: { notIn: [AUTHORING_ACTIONS.addAttachment, AUTHORING_ACTIONS.removeAttachment] },
    },
    orderBy: { id: "desc" },
    select: { actorKind: true, createdAt: true, actor: { select: { name: true } } },
  });
  if (!last) return new DomainError("CONFLICT", "requirementChanged");
  const time = shanghaiTimeText(last.createdAt);
  if (last.actorKind === "user" && last.actor) {
    return new DomainError("CONFLICT", "changedByOther", {
      params: { name: last.actor.name, time },
    });
  }
  return new DomainError("CONFLICT", "changedByPlatform", { params: { time } });
}
