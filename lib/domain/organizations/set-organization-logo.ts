import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwner } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { IMAGE_RULES, storeUpload } from "@/lib/storage/file-storage";
import { parseInput } from "@/lib/validation/parse-input";
import { organizationLogoSchema, type OrganizationLogoInput } from "./set-organization-logo.schema";

/**
 * The owner uploads a logo (PNG, JPEG or WebP by its bytes, at most 2 MB). The previous logo's
 * file row stays (files are not deleted), it is just no longer the organization's logo.
 */
export async function setOrganizationLogo(
  actor: Actor,
  input: OrganizationLogoInput & { orgId: string },
): Promise<{ logoFileId: string }> {
  const owner = requireOwner(actor, input.orgId);
  const { logo } = parseInput(organizationLogoSchema, input);
  return db.$transaction(async (tx) => {
    const file = await storeUpload(tx, logo, IMAGE_RULES, {
      field: "logo",
      uploadedById: owner.userId,
    });
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: owner.orgId },
      select: { logoFileId: true },
    });
    await tx.organization.update({ where: { id: owner.orgId }, data: { logoFileId: file.id } });
    await recordAuditEvent(tx, owner, {
      entityType: "organization",
      entityId: owner.orgId,
      orgId: owner.orgId,
      action: "organization.set-logo",
      before,
      after: { logoFileId: file.id, originalName: logo.name },
    });
    return { logoFileId: file.id };
  });
}
