import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, newSecretToken } from "@/lib/security/tokens";

let sequence = 0;
const next = () => ++sequence;

/** An organization with sensible defaults; override any field. */
export function createOrganization(
  overrides: Partial<Prisma.OrganizationUncheckedCreateInput> = {},
) {
  const n = next();
  return db.organization.create({
    data: { kind: "ENTERPRISE", name: `测试企业${n}`, industries: ["power-grid"], ...overrides },
  });
}

/** A requirement of `orgId` (a new enterprise when omitted), PUBLISHED and PUBLIC by default. */
export async function createRequirement(
  overrides: Partial<Prisma.RequirementUncheckedCreateInput> = {},
) {
  const n = next();
  const orgId = overrides.orgId ?? (await createOrganization()).id;
  return db.requirement.create({
    data: {
      orgId,
      title: `测试需求${n}`,
      summary: "用于测试的需求",
      industry: "power-grid",
      capabilities: ["llm"],
      status: "PUBLISHED",
      visibility: "PUBLIC",
      publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000),
      deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      ...overrides,
    },
  });
}

/** An open invitation to `orgId` (valid for 7 days unless overridden) and its secret token. */
export async function createInvitation(
  overrides: Partial<Prisma.InvitationUncheckedCreateInput> & {
    orgId: string;
    invitedById: string;
  },
) {
  const n = next();
  const token = newSecretToken();
  const invitation = await db.invitation.create({
    data: {
      email: `invitee${n}@example.com`,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
      ...overrides,
    },
  });
  return { invitation, token };
}

/** A case study of vendor `orgId`. */
export function createCaseStudy(
  overrides: Partial<Prisma.CaseStudyUncheckedCreateInput> & { orgId: string },
) {
  const n = next();
  return db.caseStudy.create({
    data: {
      title: `测试案例${n}`,
      industry: "power-grid",
      capabilities: ["llm"],
      summary: "用于测试的案例",
      year: 2023,
      ...overrides,
    },
  });
}

/** A certification of vendor `orgId`. */
export function createCertification(
  overrides: Partial<Prisma.CertificationUncheckedCreateInput> & { orgId: string },
) {
  return db.certification.create({ data: { name: `测试资质${next()}`, ...overrides } });
}

/** Evaluation criteria of `requirementId`, one per weight, in order. */
export function createCriteria(requirementId: string, weights: number[]) {
  return db.evaluationCriterion.createMany({
    data: weights.map((weight, position) => ({
      requirementId,
      position,
      name: `评审项${position + 1}`,
      weight,
    })),
  });
}
