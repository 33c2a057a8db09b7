import { describe, expect, it } from "vitest";
import { listOrganizations } from "@/lib/domain/admin/list-organizations";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";
import { createOrganization } from "@/tests/helpers/factories";

setUpTestDatabase();

const adminOnly: Record<Role, string> = {
  visitor: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  owner: "FORBIDDEN",
  otherOwner: "FORBIDDEN",
  admin: "allowed",
};

describe("who may list organizations", () => {
  it.each(ALL_ROLES)("%s", async (role) => {
    const cast = await createCast();
    const outcome = await listOrganizations(cast.roles[role], {}).then(
      () => "allowed",
      (error: { code: string }) => error.code,
    );
    expect(outcome).toBe(adminOnly[role]);
  });
});

describe("the organization list", () => {
  async function setUp() {
    const { actor } = await createUser({ isAdmin: true });
    const csg = await createOrganization({
      name: "南方电网数字电网集团",
      nameEn: "China Southern Power Grid Digital Grid Group",
      key: "csg-digital-grid",
      creditCode: "91440101MA9UQXKG4N",
      verificationStatus: "VERIFIED",
      verifiedAt: new Date(),
    });
    const damo = await createOrganization({
      kind: "VENDOR",
      name: "阿里巴巴达摩院",
      nameEn: "Alibaba DAMO Academy",
      verificationStatus: "PENDING",
    });
    await createUser({ orgId: csg.id, role: "OWNER" });
    await createUser({ orgId: csg.id });
    return { actor, csg, damo };
  }

  const ids = (page: { organizations: { id: string }[] }) => page.organizations.map((o) => o.id);

  it("searches the name, the English name, the import key and the credit code, in any case", async () => {
    const { actor, csg, damo } = await setUp();
    expect(ids(await listOrganizations(actor, { q: "数字电网" }))).toEqual([csg.id]);
    expect(ids(await listOrganizations(actor, { q: "damo academy" }))).toEqual([damo.id]);
    expect(ids(await listOrganizations(actor, { q: "CSG-DIGITAL" }))).toEqual([csg.id]);
    expect(ids(await listOrganizations(actor, { q: "ma9uqxkg" }))).toEqual([csg.id]);
    expect((await listOrganizations(actor, { q: "不存在的机构" })).total).toBe(0);
  });

  it("filters by kind and verification status, with member counts", async () => {
    const { actor, csg, damo } = await setUp();
    expect(ids(await listOrganizations(actor, { kind: "VENDOR" }))).toEqual([damo.id]);
    const verified = await listOrganizations(actor, { verification: "VERIFIED" });
    expect(verified.organizations).toEqual([
      expect.objectContaining({ id: csg.id, memberCount: 2, verificationStatus: "VERIFIED" }),
    ]);
    expect(
      ids(await listOrganizations(actor, { kind: "ENTERPRISE", verification: "PENDING" })),
    ).toEqual([]);
    expect((await listOrganizations(actor, { kind: "bogus" })).total).toBe(2);
  });

  it("pages 50 at a time, clamping a page past the end to the last", async () => {
    const { actor } = await createUser({ isAdmin: true });
    await Promise.all(Array.from({ length: 52 }, () => createOrganization()));
    const first = await listOrganizations(actor, {});
    expect(first).toMatchObject({ total: 52, page: 1, pageCount: 2 });
    expect(first.organizations).toHaveLength(50);
    const last = await listOrganizations(actor, { page: "9" });
    expect(last.page).toBe(2);
    expect(last.organizations).toHaveLength(2);
  });
});
