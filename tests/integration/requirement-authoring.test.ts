import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { createRequirementDraft } from "@/lib/domain/requirements/authoring/create-requirement-draft";
import { getRequirementForEdit } from "@/lib/domain/requirements/authoring/get-requirement-for-edit";
import { listOrganizationRequirements } from "@/lib/domain/requirements/authoring/list-organization-requirements";
import type { RequirementFieldsInput } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import { requirementFormValues } from "@/lib/domain/requirements/authoring/requirement-form-values";
import { updateRequirementDraft } from "@/lib/domain/requirements/authoring/update-requirement-draft";
import { updateRequirementDraftSchema } from "@/lib/domain/requirements/authoring/update-requirement-draft.schema";
import { shanghaiTimeText } from "@/lib/format/shanghai-time";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { outcomeOf, requirementIn, type Outcome } from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();

/** A complete requirement as the API (or a parsed form) sends it; times in Shanghai. */
const fields = (overrides: Partial<RequirementFieldsInput> = {}): RequirementFieldsInput => ({
  title: "人工智能驱动的电能量数据创新应用技术研究",
  summary: "多模态大模型用于计量装置故障预警与运维提效",
  description: "## 场景\n\n计量装置故障预警",
  industry: "power-grid",
  capabilities: ["multimodal-llm", "anomaly-detection"],
  budgetMinCny: 3_000_000,
  budgetMaxCny: 8_000_000,
  region: "广东",
  deadline: "2027-04-01T00:00",
  questionDeadline: "2027-03-20T18:00",
  expectedStartAt: "2027-05-01",
  durationMonths: 12,
  deploymentMode: "PRIVATE_CLOUD",
  domesticStackRequired: true,
  visibility: "PUBLIC",
  contactName: "张工",
  criteria: [
    { name: "技术方案", weight: 60 },
    { name: "报价", weight: 30 },
    { name: "资质与案例", weight: 10, description: "近三年同类项目" },
  ],
  ...overrides,
});

async function draftOf(actor: Actor) {
  return createRequirementDraft(actor, fields());
}

async function errorOf(run: () => Promise<unknown>): Promise<DomainError> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const editorTable: Record<Role, Outcome> = {
  visitor: "UNAUTHENTICATED",
  member: "allowed",
  owner: "allowed",
  otherOwner: "NOT_FOUND",
  admin: "FORBIDDEN",
};

describe("who may do what", () => {
  // otherOwner owns another enterprise: creating puts the draft in their own organization.
  const createTable: Record<Role, Outcome> = { ...editorTable, otherOwner: "allowed" };
  it.each(ALL_ROLES)("create a draft: %s", async (role) => {
    const cast = await createCast("ENTERPRISE");
    const actor = cast.roles[role];
    const outcome = await outcomeOf(() => createRequirementDraft(actor, fields()));
    expect(outcome).toBe(createTable[role]);
    const written = outcome === "allowed" ? 1 : 0;
    const orgId = actor.kind === "user" ? (actor.orgId ?? "none") : "none";
    expect(await db.requirement.count({ where: { orgId } })).toBe(written);
    expect(await db.auditEvent.count({ where: { action: "requirement.create" } })).toBe(written);
  });

  it.each(["OWNER", "MEMBER"] as const)(
    "vendors may not create requirements (%s)",
    async (role) => {
      const vendor = await createOrganization({ kind: "VENDOR" });
      const { actor } = await createUser({ orgId: vendor.id, role });
      const error = await errorOf(() => createRequirementDraft(actor, fields()));
      expect([error.code, error.message]).toEqual(["FORBIDDEN", "enterpriseOnly"]);
      expect(await db.requirement.count()).toBe(0);
    },
  );

  it.each(ALL_ROLES)("save a draft: %s", async (role) => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.owner);
    const outcome = await outcomeOf(() =>
      updateRequirementDraft(cast.roles[role], {
        ...fields({ title: "改过的标题" }),
        requirementId: id,
        version: 1,
      }),
    );
    expect(outcome).toBe(editorTable[role]);
    const saved = await db.requirement.findUniqueOrThrow({ where: { id } });
    expect(saved.title === "改过的标题").toBe(outcome === "allowed");
    expect(saved.version).toBe(outcome === "allowed" ? 2 : 1);
    expect(await db.auditEvent.count({ where: { action: "requirement.update" } })).toBe(
      outcome === "allowed" ? 1 : 0,
    );
  });

  it.each(ALL_ROLES)("open a requirement in the editor: %s", async (role) => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.member);
    expect(
      await outcomeOf(() => getRequirementForEdit(cast.roles[role], { requirementId: id })),
    ).toBe(editorTable[role]);
  });

  const dashboardTable: Record<Role, Outcome> = {
    ...editorTable,
    otherOwner: "FORBIDDEN",
    admin: "FORBIDDEN",
  };
  it.each(ALL_ROLES)("list the organization's requirements: %s", async (role) => {
    const cast = await createCast("ENTERPRISE");
    expect(
      await outcomeOf(() => listOrganizationRequirements(cast.roles[role], { orgId: cast.org.id })),
    ).toBe(dashboardTable[role]);
  });
});

describe("creating a draft", () => {
  it("stores every field, the criteria in order, and times entered in Shanghai as UTC", async () => {
    const cast = await createCast("ENTERPRISE");
    const { id, version } = await draftOf(cast.roles.member);
    const saved = await db.requirement.findUniqueOrThrow({
      where: { id },
      include: { criteria: { orderBy: { position: "asc" } } },
    });
    expect(version).toBe(1);
    expect(saved).toMatchObject({
      orgId: cast.org.id,
      createdById: cast.member.user.id,
      status: "DRAFT",
      budgetMinCny: 3_000_000,
      deploymentMode: "PRIVATE_CLOUD",
      domesticStackRequired: true,
      capabilities: ["multimodal-llm", "anomaly-detection"],
    });
    // 2027-04-01 00:00 in Beijing is 16:00 UTC the day before.
    expect(saved.deadline?.toISOString()).toBe("2027-03-31T16:00:00.000Z");
    expect(saved.questionDeadline?.toISOString()).toBe("2027-03-20T10:00:00.000Z");
    expect(saved.expectedStartAt?.toISOString()).toBe("2027-05-01T00:00:00.000Z");
    expect(saved.criteria.map((c) => [c.position, c.name, c.weight, c.description])).toEqual([
      [0, "技术方案", 60, null],
      [1, "报价", 30, null],
      [2, "资质与案例", 10, "近三年同类项目"],
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(event).toMatchObject({ action: "requirement.create", actorUserId: cast.member.user.id });
    expect(event.after).toMatchObject({ status: "DRAFT", deadline: "2027-03-31T16:00:00.000Z" });
    // The dashboard names who created it (authors are looked up once for the page's groups).
    const dashboard = await listOrganizationRequirements(cast.roles.owner, { orgId: cast.org.id });
    const row = dashboard.groups.flatMap((group) => group.requirements).find((r) => r.id === id);
    expect(row?.createdBy).toEqual({ name: cast.member.user.name });
  });

  it("refuses weights that do not add up to 100, on the criteria field, writing nothing", async () => {
    const cast = await createCast("ENTERPRISE");
    const criteria = [
      { name: "技术方案", weight: 60 },
      { name: "报价", weight: 30 },
    ];
    const error = await errorOf(() =>
      createRequirementDraft(cast.roles.owner, fields({ criteria })),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ criteria: ["weightsMustSum?sum=90"] });
    expect(await db.requirement.count()).toBe(0);
  });

  it("refuses tags that are not in the taxonomy", async () => {
    const cast = await createCast("ENTERPRISE");
    const error = await errorOf(() =>
      createRequirementDraft(
        cast.roles.owner,
        fields({ industry: "llm", capabilities: ["no-such-tag"] }),
      ),
    );
    expect(error.fieldErrors).toEqual({ industry: ["unknownTag"], capabilities: ["unknownTag"] });
    expect(await db.requirement.count()).toBe(0);
  });
});

describe("saving a draft", () => {
  it("writes the changes, replaces the criteria and audits only what changed", async () => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.owner);
    const criteria = [
      { name: "技术方案", weight: 70 },
      { name: "报价", weight: 30 },
    ];
    const result = await updateRequirementDraft(cast.roles.member, {
      ...fields({ title: "新标题", criteria, deadline: "2027-05-01T09:30" }),
      requirementId: id,
      version: 1,
    });
    expect(result).toEqual({ id, version: 2, changed: ["title", "deadline", "criteria"] });
    const saved = await db.requirement.findUniqueOrThrow({
      where: { id },
      include: { criteria: { orderBy: { position: "asc" } } },
    });
    expect(saved.deadline?.toISOString()).toBe("2027-05-01T01:30:00.000Z");
    expect(saved.criteria.map((c) => [c.position, c.name, c.weight])).toEqual([
      [0, "技术方案", 70],
      [1, "报价", 30],
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "requirement.update" } });
    expect(Object.keys(event.after as object).sort()).toEqual(["criteria", "deadline", "title"]);
    expect(event.before).toMatchObject({
      title: fields().title,
      deadline: "2027-03-31T16:00:00.000Z",
    });
  });

  it("refuses the second of two saves from the same version, naming the first editor", async () => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.owner);
    const save = (actor: Actor, title: string) =>
      updateRequirementDraft(actor, { ...fields({ title }), requirementId: id, version: 1 });

    await save(cast.roles.member, "成员的修改");
    const error = await errorOf(() => save(cast.roles.owner, "负责人的修改"));

    const first = await db.auditEvent.findFirstOrThrow({ where: { action: "requirement.update" } });
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("changedByOther");
    expect(error.params).toEqual({
      name: cast.member.user.name,
      time: shanghaiTimeText(first.createdAt),
    });
    const saved = await db.requirement.findUniqueOrThrow({ where: { id } });
    expect([saved.title, saved.version]).toEqual(["成员的修改", 2]);
    expect(await db.auditEvent.count({ where: { action: "requirement.update" } })).toBe(1);
  });

  it("lets exactly one of two simultaneous saves through", async () => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.owner);
    const outcomes = await Promise.allSettled(
      [cast.roles.owner, cast.roles.member].map((actor, i) =>
        updateRequirementDraft(actor, {
          ...fields({ title: `同时保存${i}` }),
          requirementId: id,
          version: 1,
        }),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as DomainError).code).toBe("CONFLICT");
    const saved = await db.requirement.findUniqueOrThrow({ where: { id } });
    expect(saved.version).toBe(2);
  });

  it("does not name admins: a stale save after their decision says the platform acted", async () => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.owner);
    await db.requirement.update({
      where: { id },
      data: { version: 3, statusReason: "请补充数据说明" },
    });
    await db.auditEvent.create({
      data: {
        actorUserId: cast.admin.user.id,
        actorKind: "admin",
        entityType: "requirement",
        entityId: id,
        action: "requirement.request-changes",
      },
    });
    const error = await errorOf(() =>
      updateRequirementDraft(cast.roles.owner, { ...fields(), requirementId: id, version: 1 }),
    );
    expect([error.code, error.message]).toEqual(["CONFLICT", "changedByPlatform"]);
    expect(error.params).not.toHaveProperty("name");
  });

  it("is refused once the requirement is no longer a draft", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "PENDING_REVIEW");
    const error = await errorOf(() =>
      updateRequirementDraft(cast.roles.owner, {
        ...fields(),
        requirementId: requirement.id,
        version: requirement.version,
      }),
    );
    expect([error.code, error.message, error.params]).toEqual([
      "INVALID_TRANSITION",
      "requirementNotEditable",
      { status: "PENDING_REVIEW" },
    ]);
    expect((await db.requirement.findUniqueOrThrow({ where: { id: requirement.id } })).title).toBe(
      requirement.title,
    );
  });

  it("keeps the admins' requested changes on screen until the draft is submitted again", async () => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.owner);
    await db.requirement.update({ where: { id }, data: { statusReason: "请补充数据说明" } });
    await updateRequirementDraft(cast.roles.owner, {
      ...fields({ dataAvailable: "两年计量数据" }),
      requirementId: id,
      version: 1,
    });
    const editor = await getRequirementForEdit(cast.roles.member, { requirementId: id });
    expect(editor).toMatchObject({ statusReason: "请补充数据说明", editable: true, version: 2 });
  });

  it("changes nothing when the editor's values are posted back unchanged", async () => {
    const cast = await createCast("ENTERPRISE");
    const { id } = await draftOf(cast.roles.owner);
    const editor = await getRequirementForEdit(cast.roles.owner, { requirementId: id });
    const form = new FormData();
    const values = {
      ...requirementFormValues(editor),
      requirementId: id,
      version: String(editor.version),
    };
    for (const [name, value] of Object.entries(values)) {
      if (name === "criteria") continue;
      for (const item of [value].flat()) form.append(name, String(item));
    }
    values.criteria.forEach((criterion, i) => {
      for (const [key, value] of Object.entries(criterion))
        form.append(`criteria[${i}].${key}`, value);
    });
    const submission = parseWithZod(form, { schema: updateRequirementDraftSchema });
    if (submission.status !== "success") throw new Error(JSON.stringify(submission.error));
    const result = await updateRequirementDraft(cast.roles.owner, submission.value);
    expect(result).toEqual({ id, version: 1, changed: [] });
    expect(await db.auditEvent.count({ where: { action: "requirement.update" } })).toBe(0);
  });
});

describe("the enterprise dashboard", () => {
  it("groups the organization's requirements by the status readers see, with counts", async () => {
    const cast = await createCast("ENTERPRISE");
    await draftOf(cast.roles.owner);
    await draftOf(cast.roles.member);
    await requirementIn(cast.org.id, "PENDING_REVIEW");
    const past = new Date(Date.now() - 60_000);
    await requirementIn(cast.org.id, "PUBLISHED", { deadline: past, publishedAt: past });
    await requirementIn(cast.otherOrg.id, "DRAFT");

    const list = await listOrganizationRequirements(cast.roles.member, { orgId: cast.org.id });
    expect(list.total).toBe(4);
    expect(list.groups.map((g) => [g.status, g.requirements.length])).toEqual([
      ["DRAFT", 2],
      ["PENDING_REVIEW", 1],
      ["EVALUATING", 1],
    ]);
    expect(list.counts).toMatchObject({ DRAFT: 2, PENDING_REVIEW: 1, PUBLISHED: 0, EVALUATING: 1 });
    expect(list.groups[0]!.requirements[0]).toMatchObject({ proposalCount: 0, version: 1 });
    expect([list.page, list.pageCount, list.matching]).toEqual([1, 1, 4]);
  });

  /** Requirements of the organization changed one minute apart, in this order (oldest first). */
  async function changedInOrder(orgId: string, statuses: RequirementStatus[], deadline?: Date) {
    const titles: string[] = [];
    for (const [i, status] of statuses.entries()) {
      const requirement = await requirementIn(orgId, status, {
        updatedAt: new Date(Date.UTC(2026, 5, 1, 0, i)),
        ...(deadline && { deadline }),
      });
      titles.push(requirement.title);
    }
    return titles;
  }

  it("filters by the status readers see: a published requirement past its deadline is evaluating", async () => {
    const cast = await createCast("ENTERPRISE");
    const [open] = await changedInOrder(cast.org.id, ["PUBLISHED"]);
    const [closed] = await changedInOrder(cast.org.id, ["PUBLISHED"], new Date(Date.now() - 1000));
    const [evaluating] = await changedInOrder(cast.org.id, ["EVALUATING"]);
    const titlesIn = async (status: RequirementStatus) => {
      const list = await listOrganizationRequirements(cast.roles.owner, {
        orgId: cast.org.id,
        status,
      });
      return list.groups.flatMap((g) => g.requirements.map((r) => [r.status, r.title]));
    };
    expect(await titlesIn("PUBLISHED")).toEqual([["PUBLISHED", open]]);
    expect(await titlesIn("EVALUATING")).toEqual([
      ["EVALUATING", evaluating],
      ["EVALUATING", closed],
    ]);
    expect(await titlesIn("DRAFT")).toEqual([]);
  });

  it("pages through the groups in the dashboard's order, newest change first in each", async () => {
    const cast = await createCast("ENTERPRISE");
    const [pending, draft1, cancelled, draft2, draft3] = await changedInOrder(cast.org.id, [
      "PENDING_REVIEW",
      "DRAFT",
      "CANCELLED",
      "DRAFT",
      "DRAFT",
    ]);
    const page = async (n: number, status?: RequirementStatus) => {
      const list = await listOrganizationRequirements(cast.roles.member, {
        orgId: cast.org.id,
        status,
        page: n,
        pageSize: 2,
      });
      const groups = list.groups.map((g) => [
        g.status,
        g.count,
        g.requirements.map((r) => r.title),
      ]);
      return { page: list.page, pageCount: list.pageCount, groups };
    };
    expect(await page(1)).toEqual({
      page: 1,
      pageCount: 3,
      groups: [["DRAFT", 3, [draft3, draft2]]],
    });
    expect((await page(2)).groups).toEqual([
      ["DRAFT", 3, [draft1]],
      ["PENDING_REVIEW", 1, [pending]],
    ]);
    // Past the last page: the last page.
    expect(await page(9)).toEqual({
      page: 3,
      pageCount: 3,
      groups: [["CANCELLED", 1, [cancelled]]],
    });
    expect(await page(2, "DRAFT")).toEqual({
      page: 2,
      pageCount: 2,
      groups: [["DRAFT", 3, [draft1]]],
    });
  });

  it("shows one empty page when nothing matches", async () => {
    const cast = await createCast("ENTERPRISE");
    await changedInOrder(cast.otherOrg.id, ["DRAFT"]);
    const list = await listOrganizationRequirements(cast.roles.owner, { orgId: cast.org.id });
    expect([list.total, list.matching, list.page, list.pageCount, list.groups]).toEqual([
      0,
      0,
      1,
      1,
      [],
    ]);
  });
});
