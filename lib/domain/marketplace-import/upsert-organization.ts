import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { refreshOrganizationSearch } from "@/lib/domain/organizations/search/refresh-organization-search";
import type { ImportOrganization } from "./import-file.schema";

type Tx = Prisma.TransactionClient;

/** Returns true when the organization was created. */
export async function upsertOrganization(
  tx: Tx,
  actor: Actor,
  org: ImportOrganization,
): Promise<boolean> {
  const existing = await tx.organization.findUnique({
    where: { key: org.key },
    select: { id: true },
  });
  const fields = {
    kind: org.kind,
    name: org.name,
    nameEn: org.nameEn ?? null,
    creditCode: org.creditCode ?? null,
    region: org.region ?? null,
    industries: org.industries,
    capabilities: org.capabilities,
    description: org.description,
    website: org.website ?? null,
    domesticStack: org.domesticStack,
    verificationStatus: org.verified ? ("VERIFIED" as const) : ("UNVERIFIED" as const),
    verifiedAt: org.verified ? new Date() : null,
    verifiedName: org.verified ? org.name : null,
    verifiedCreditCode: org.verified ? (org.creditCode ?? null) : null,
  };
  const saved = await tx.organization.upsert({
    where: { key: org.key },
    create: { key: org.key, ...fields },
    update: fields,
    select: { id: true },
  });
  await tx.caseStudy.deleteMany({ where: { orgId: saved.id } });
  await tx.caseStudy.createMany({ data: org.cases.map((c) => ({ ...c, orgId: saved.id })) });
  await tx.certification.deleteMany({ where: { orgId: saved.id } });
  await tx.certification.createMany({
    data: org.certifications.map((name) => ({ name, orgId: saved.id })),
  });
  await refreshOrganizationSearch(tx, saved.id);
  await recordAuditEvent(tx, actor, {
    entityType: "organization",
    entityId: saved.id,
    orgId: saved.id,
    action: existing ? "organization.import-update" : "organization.import-create",
    after: { key: org.key, name: org.name, kind: org.kind, verified: org.verified },
  });
  return !existing;
}
