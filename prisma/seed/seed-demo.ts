import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { importMarketplace } from "@/lib/domain/marketplace-import/import-marketplace";
import { demoActivitySchema, type DemoActivity } from "./demo-activity.schema";

type Tx = Prisma.TransactionClient;

export const DEMO_PASSWORD = "Demo@2026";
export const DEMO_ACCOUNTS = [
  { email: "admin@zhipei.demo", role: "平台管理员 / platform admin" },
  { email: "csg@zhipei.demo", role: "南方电网数字电网集团 owner (enterprise)" },
  { email: "damo@zhipei.demo", role: "达摩院决策智能实验室 owner (vendor)" },
] as const;

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(dataDir, name), "utf8"));

/**
 * Seeds the demo marketplace once: the import file through the same use case the CLI runs, then
 * the demo accounts and their activity. Returns false when the demo data is already there.
 */
export async function seedDemo(): Promise<boolean> {
  if (
    await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } })
  ) {
    return false;
  }
  await importMarketplace({ kind: "system", name: "seed" }, readJson("marketplace.json"));
  const activity = demoActivitySchema.parse(readJson("demo-activity.json"));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction((tx) => seedActivity(tx, activity, passwordHash), { timeout: 120_000 });
  return true;
}

async function seedActivity(tx: Tx, activity: DemoActivity, passwordHash: string): Promise<void> {
  const orgs = await idsByKey(
    tx.organization.findMany({ where: { key: { not: null } }, select: { id: true, key: true } }),
  );
  const requirements = await idsByKey(
    tx.requirement.findMany({ where: { key: { not: null } }, select: { id: true, key: true } }),
  );
  const lookup = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`demo-activity.json: unknown ${what} "${key}"`);
    return id;
  };
  const org = (key: string) => lookup(orgs, key, "organization");
  const requirement = (key: string) => lookup(requirements, key, "requirement");

  const users = new Map<string, string>();
  const verified = new Date();
  for (const admin of activity.admins) {
    const user = await tx.user.create({
      data: { ...admin, passwordHash, isAdmin: true, emailVerifiedAt: verified },
    });
    users.set(admin.email, user.id);
  }
  for (const u of activity.users) {
    const user = await tx.user.create({
      data: {
        email: u.email,
        name: u.name,
        passwordHash,
        emailVerifiedAt: verified,
        membership: { create: { orgId: org(u.org), role: u.role } },
      },
    });
    users.set(u.email, user.id);
  }
  const user = (email: string) => lookup(users, email, "user");
  const firstUserOf = (orgKey: string) =>
    user(activity.users.find((u) => u.org === orgKey && u.role === "OWNER")!.email);

  for (const inv of activity.invitations) {
    await tx.bidInvitation.create({
      data: { requirementId: requirement(inv.requirement), vendorOrgId: org(inv.vendor) },
    });
  }

  const proposals = new Map<string, string>();
  for (const p of activity.proposals) {
    const submitted = p.status !== "DRAFT";
    const created = await tx.proposal.create({
      data: {
        requirementId: requirement(p.requirement),
        vendorOrgId: org(p.vendor),
        status: p.status,
        submittedAt: submitted ? new Date() : null,
        withdrawnAt: p.status === "WITHDRAWN" ? new Date() : null,
        versions: {
          create: {
            version: 1,
            priceCny: p.priceCny,
            summary: p.summary,
            approach: p.approach,
            deliveryMonths: p.deliveryMonths ?? null,
            createdById: firstUserOf(p.vendor),
          },
        },
      },
    });
    proposals.set(`${p.requirement}/${p.vendor}`, created.id);
  }
  const proposal = (req: string, vendor: string) =>
    lookup(proposals, `${req}/${vendor}`, "proposal");

  for (const q of activity.questions) {
    const reqRow = await tx.requirement.findUniqueOrThrow({
      where: { id: requirement(q.requirement) },
      select: { orgId: true },
    });
    const ownerMembership = await tx.membership.findFirst({
      where: { orgId: reqRow.orgId, role: "OWNER" },
    });
    await tx.question.create({
      data: {
        requirementId: requirement(q.requirement),
        vendorOrgId: org(q.vendor),
        askedById: firstUserOf(q.vendor),
        body: q.question,
        answer: q.answer,
        answeredAt: q.answer ? new Date() : null,
        answeredById: q.answer ? (ownerMembership?.userId ?? null) : null,
      },
    });
  }

  for (const s of activity.scores) {
    const criteria = await tx.evaluationCriterion.findMany({
      where: { requirementId: requirement(s.requirement) },
    });
    for (const [name, score] of Object.entries(s.scores)) {
      const criterion = criteria.find((c) => c.name === name);
      if (!criterion)
        throw new Error(`demo-activity.json: "${s.requirement}" has no criterion "${name}"`);
      await tx.score.create({
        data: {
          proposalId: proposal(s.requirement, s.vendor),
          criterionId: criterion.id,
          evaluatorId: user(s.evaluator),
          score,
        },
      });
    }
  }

  for (const a of activity.awards) {
    const requirementId = requirement(a.requirement);
    const award = await tx.award.create({
      data: { requirementId, proposalId: proposal(a.requirement, a.vendor), reason: a.reason },
      include: {
        requirement: { select: { status: true } },
        proposal: { include: { versions: true } },
      },
    });
    if (award.requirement.status === "CONTRACTED" || award.requirement.status === "COMPLETED") {
      await tx.contract.create({
        data: {
          requirementId,
          awardId: award.id,
          amountCny: award.proposal.versions[0]!.priceCny,
          signedAt: new Date(),
          completedAt: award.requirement.status === "COMPLETED" ? new Date() : null,
        },
      });
    }
  }

  for (const b of activity.bookmarks) {
    await tx.bookmark.create({
      data: { userId: user(b.user), requirementId: requirement(b.requirement) },
    });
  }
}

async function idsByKey(
  rows: Promise<{ id: string; key: string | null }[]>,
): Promise<Map<string, string>> {
  return new Map((await rows).map((row) => [row.key!, row.id]));
}
