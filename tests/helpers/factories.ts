import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
