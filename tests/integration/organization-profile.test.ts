import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getOrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { updateOrganizationProfile } from "@/lib/domain/organizations/update-organization-profile";
import { setOrganizationLogo } from "@/lib/domain/organizations/set-organization-logo";
import { LOGO_MAX_BYTES } from "@/lib/domain/organizations/set-organization-logo.schema";
import { IMAGE_RULES } from "@/lib/storage/file-storage";
import { GET as getLogoRoute } from "@/app/files/logos/[orgId]/route";
import zhValidation from "@/messages/zh-CN/validation.json";
import zhErrors from "@/messages/zh-CN/errors.json";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, type Role } from "@/tests/helpers/actors";
import { createOrganization } from "@/tests/helpers/factories";
import { expectOutcome, OWNER_ONLY, type Outcome } from "@/tests/helpers/members";
import { pngFile, PNG_BYTES, setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

const VALID_CODE = "91350100M000100Y43";
const OTHER_VALID_CODE = "91110000802100433B";

const profileInput = (orgId: string, overrides: Record<string, unknown> = {}) => ({
  orgId,
  name: "智算未来科技有限公司",
  nameEn: "Zhisuan Future Technology",
  creditCode: VALID_CODE,
  region: "广东",
  industries: ["power-grid", "telecom"],
  capabilities: ["llm", "computer-vision"],
  description: "专注电力行业的大模型应用。",
  website: "https://example.com",
  ...overrides,
});

/** Everything these use cases may write, to show that a refused call wrote nothing. */
const snapshot = async () =>
  JSON.stringify([
    await db.organization.findMany({ orderBy: { id: "asc" } }),
    await db.storedFile.count(),
  ]);

/** Expects a VALIDATION error with exactly `key` on `field`. */
async function expectFieldError(call: Promise<unknown>, field: string, key: string) {
  await expect(call).rejects.toMatchObject({
    code: "VALIDATION",
    fieldErrors: { [field]: [key] },
  });
}

describe("who may do what", () => {
  it.each(ALL_ROLES)("edit the profile as %s", async (role) => {
    const cast = await createCast("VENDOR");
    const before = await snapshot();
    await expectOutcome(OWNER_ONLY, role, () =>
      updateOrganizationProfile(cast.roles[role], profileInput(cast.org.id)),
    );
    const org = await db.organization.findUniqueOrThrow({ where: { id: cast.org.id } });
    if (role === "owner") expect(org.creditCode).toBe(VALID_CODE);
    else expect(await snapshot()).toBe(before);
  });

  it.each(ALL_ROLES)("upload a logo as %s", async (role) => {
    const cast = await createCast("VENDOR");
    const before = await snapshot();
    await expectOutcome(OWNER_ONLY, role, () =>
      setOrganizationLogo(cast.roles[role], { orgId: cast.org.id, logo: pngFile() }),
    );
    const org = await db.organization.findUniqueOrThrow({ where: { id: cast.org.id } });
    if (role === "owner") expect(org.logoFileId).not.toBeNull();
    else expect(await snapshot()).toBe(before);
  });

  const everyone: Record<Role, Outcome> = {
    visitor: "allowed",
    member: "allowed",
    owner: "allowed",
    otherOwner: "allowed",
    admin: "allowed",
  };
  const insiders: Role[] = ["member", "owner", "admin"];

  const rolesAndKinds = ALL_ROLES.flatMap((role) =>
    (["VENDOR", "ENTERPRISE"] as const).map((kind) => [role, kind] as const),
  );

  it.each(rolesAndKinds)(
    "read a profile as %s (%s): public fields for all, the credit code for insiders",
    async (role, kind) => {
      const cast = await createCast(kind);
      await db.organization.update({
        where: { id: cast.org.id },
        data: { creditCode: VALID_CODE, description: "公开简介" },
      });
      await expectOutcome(
        everyone,
        role,
        async () => {
          const profile = await getOrganizationProfile(cast.roles[role], cast.org.id);
          expect(profile.description).toBe("公开简介");
          expect(profile.insider?.creditCode ?? null).toBe(
            insiders.includes(role) ? VALID_CODE : null,
          );
          expect(profile.canEdit).toBe(role === "owner");
        },
        { writes: false },
      );
    },
  );

  it("refuses an unknown organization", async () => {
    await expect(getOrganizationProfile({ kind: "visitor" }, "nope")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("editing the profile", () => {
  it("saves the fields and audits only what changed, before and after", async () => {
    const { org, roles } = await createCast("VENDOR");
    await updateOrganizationProfile(roles.owner, profileInput(org.id));
    await updateOrganizationProfile(
      roles.owner,
      profileInput(org.id, { description: "新的简介", industries: ["telecom"] }),
    );
    const profile = await getOrganizationProfile(roles.owner, org.id);
    expect(profile).toMatchObject({
      name: "智算未来科技有限公司",
      region: "广东",
      industries: ["telecom"],
      capabilities: ["llm", "computer-vision"],
      description: "新的简介",
      website: "https://example.com",
    });
    const events = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "organization.update-profile",
      "organization.update-profile",
    ]);
    expect(events[1]).toMatchObject({
      actorUserId: (roles.owner as Extract<Actor, { kind: "user" }>).userId,
      orgId: org.id,
      before: { description: "专注电力行业的大模型应用。", industries: ["power-grid", "telecom"] },
      after: { description: "新的简介", industries: ["telecom"] },
    });
  });

  it("writes nothing when nothing changed", async () => {
    const { org, roles } = await createCast("VENDOR");
    await updateOrganizationProfile(roles.owner, profileInput(org.id));
    const result = await updateOrganizationProfile(roles.owner, profileInput(org.id));
    expect(result.changed).toEqual([]);
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("stores the credit code in capitals", async () => {
    const { org, roles } = await createCast("VENDOR");
    await updateOrganizationProfile(
      roles.owner,
      profileInput(org.id, { creditCode: " 91350100m000100y43 " }),
    );
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).creditCode).toBe(
      VALID_CODE,
    );
  });

  it("refuses an invalid credit code on the field, with a Chinese message", async () => {
    const { org, roles } = await createCast("VENDOR");
    await expectFieldError(
      updateOrganizationProfile(
        roles.owner,
        profileInput(org.id, { creditCode: "91350100M000100Y44" }),
      ),
      "creditCode",
      "creditCode",
    );
    expect(zhValidation.validation.creditCode).toContain("统一社会信用代码");
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses a credit code another organization holds", async () => {
    const { org, roles } = await createCast("VENDOR");
    await createOrganization({ creditCode: OTHER_VALID_CODE });
    await expectFieldError(
      updateOrganizationProfile(
        roles.owner,
        profileInput(org.id, { creditCode: OTHER_VALID_CODE }),
      ),
      "creditCode",
      "creditCodeTaken",
    );
    expect(zhErrors.errors.creditCodeTaken).toContain("统一社会信用代码");
  });

  it.each([
    ["an unknown industry", { industries: ["power-grid", "space-mining"] }, "industries"],
    ["a capability given as an industry", { industries: ["llm"] }, "industries"],
    ["an unknown capability", { capabilities: ["telepathy"] }, "capabilities"],
  ])("refuses %s", async (_label, overrides, field) => {
    const { org, roles } = await createCast("VENDOR");
    await expectFieldError(
      updateOrganizationProfile(roles.owner, profileInput(org.id, overrides)),
      field,
      "unknownTag",
    );
  });

  it.each([
    ["a region outside the taxonomy", { region: "火星" }, "region", "choose"],
    [
      "a description over 5000 characters",
      { description: "字".repeat(5001) },
      "description",
      "tooLong?max=5000",
    ],
    ["a website that is not http(s)", { website: "ftp://example.com" }, "website", "url"],
    ["an empty name", { name: "  " }, "name", "required"],
  ])("refuses %s", async (_label, overrides, field, key) => {
    const { org, roles } = await createCast("VENDOR");
    await expectFieldError(
      updateOrganizationProfile(roles.owner, profileInput(org.id, overrides)),
      field,
      key,
    );
  });

  it("keeps no capabilities for an enterprise", async () => {
    const { org, roles } = await createCast("ENTERPRISE");
    await updateOrganizationProfile(roles.owner, profileInput(org.id));
    const saved = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(saved.capabilities).toEqual([]);
    expect(saved.industries).toEqual(["power-grid", "telecom"]);
  });
});

describe("the logo", () => {
  it("accepts a PNG and serves it publicly with its type and cache headers", async () => {
    const { org, roles } = await createCast("VENDOR");
    const { logoFileId } = await setOrganizationLogo(roles.owner, {
      orgId: org.id,
      logo: pngFile(),
    });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: logoFileId } });
    expect(file.contentType).toBe("image/png");
    const event = await db.auditEvent.findFirstOrThrow();
    expect(event).toMatchObject({ action: "organization.set-logo", after: { logoFileId } });

    const response = await getLogoRoute(new Request("http://localhost/"), {
      params: Promise.resolve({ orgId: org.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it("answers 404 for an organization without a logo", async () => {
    const org = await createOrganization({ kind: "VENDOR" });
    for (const orgId of [org.id, "unknown"]) {
      const response = await getLogoRoute(new Request("http://localhost/"), {
        params: Promise.resolve({ orgId }),
      });
      expect(response.status).toBe(404);
    }
  });

  it("refuses a text file named .png, by its bytes", async () => {
    const { org, roles } = await createCast("VENDOR");
    const text = new TextEncoder().encode("这不是图片，只是一段文字。".repeat(20));
    await expectFieldError(
      setOrganizationLogo(roles.owner, { orgId: org.id, logo: pngFile(text) }),
      "logo",
      "fileType",
    );
    expect(await db.storedFile.count()).toBe(0);
    expect(
      (await db.organization.findUniqueOrThrow({ where: { id: org.id } })).logoFileId,
    ).toBeNull();
  });

  it("refuses an image over 2 MB", async () => {
    const { org, roles } = await createCast("VENDOR");
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG_BYTES);
    await expectFieldError(
      setOrganizationLogo(roles.owner, { orgId: org.id, logo: pngFile(big) }),
      "logo",
      "fileTooLarge?mb=2",
    );
    expect(await db.storedFile.count()).toBe(0);
  });

  it("replaces the logo and keeps the old file's row", async () => {
    const { org, roles } = await createCast("VENDOR");
    const first = await setOrganizationLogo(roles.owner, { orgId: org.id, logo: pngFile() });
    const second = await setOrganizationLogo(roles.owner, { orgId: org.id, logo: pngFile() });
    expect(second.logoFileId).not.toBe(first.logoFileId);
    expect(await db.storedFile.count()).toBe(2);
    const event = await db.auditEvent.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(event.before).toEqual({ logoFileId: first.logoFileId });
  });

  it("checks the size in the form with the storage's own limit", () => {
    expect(LOGO_MAX_BYTES).toBe(IMAGE_RULES.maxBytes);
  });
});
