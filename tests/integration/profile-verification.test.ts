import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateOrganizationProfile } from "@/lib/domain/organizations/update-organization-profile";
import {
  VERIFICATION_RESET_REASON,
  VERIFICATION_RESTORED_REASON,
} from "@/lib/domain/organizations/profile-changes";
import { setOrganizationLogo } from "@/lib/domain/organizations/set-organization-logo";
import { decideVerification } from "@/lib/domain/verification/decide-verification";
import { requestVerification } from "@/lib/domain/verification/request-verification";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpInbox } from "@/tests/helpers/inbox";
import { createCast } from "@/tests/helpers/actors";
import { createRequirement } from "@/tests/helpers/factories";
import { pngFile, setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();
setUpInbox();

// What a verified organization's owner does to its profile, and what that does to the badge.

const NAME = "南方电网数字电网集团";
const CODE = "91350100M000100Y43";
const OTHER_CODE = "91110000802100433B";

const licence = () =>
  new File([new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"))], "营业执照.pdf", {
    type: "application/pdf",
  });

const profile = (orgId: string, overrides: Record<string, unknown> = {}) => ({
  orgId,
  name: NAME,
  creditCode: CODE,
  region: "广东",
  industries: ["power-grid"],
  capabilities: ["llm"],
  description: "数字电网平台的建设和运营。",
  ...overrides,
});

/** An enterprise verified by an admin as NAME / CODE, with a published requirement. */
async function verifiedEnterprise() {
  const cast = await createCast("ENTERPRISE");
  await updateOrganizationProfile(cast.roles.owner, profile(cast.org.id));
  const { requestId } = await requestVerification(cast.roles.owner, {
    orgId: cast.org.id,
    license: licence(),
  });
  await decideVerification(cast.roles.admin, { decision: "approve", requestId });
  const requirement = await createRequirement({ orgId: cast.org.id });
  const verifiedAt = (await org(cast.org.id)).verifiedAt;
  return { ...cast, requirement, verifiedAt };
}

const org = (id: string) => db.organization.findUniqueOrThrow({ where: { id } });
const badgeOnRequirement = async (id: string) =>
  (await db.requirement.findUniqueOrThrow({ where: { id } })).orgVerified;
const lastAudit = () => db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });

describe("changing what was verified", () => {
  it("records the legal name and credit code an approval verified", async () => {
    const { org: o } = await verifiedEnterprise();
    expect(await org(o.id)).toMatchObject({
      verificationStatus: "VERIFIED",
      verifiedName: NAME,
      verifiedCreditCode: CODE,
    });
  });

  it.each([
    ["the name", { name: "南方电网数字集团" }],
    ["the credit code", { creditCode: OTHER_CODE }],
  ])(
    "asks for confirmation before a change of %s withdraws the verification",
    async (_l, change) => {
      const { org: o, roles, requirement } = await verifiedEnterprise();
      await expect(
        updateOrganizationProfile(roles.owner, profile(o.id, change)),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { confirmVerificationLoss: ["confirmVerificationLoss"] },
      });
      expect(await org(o.id)).toMatchObject({ name: NAME, verificationStatus: "VERIFIED" });

      const result = await updateOrganizationProfile(
        roles.owner,
        profile(o.id, { ...change, confirmVerificationLoss: true }),
      );
      expect(result.verification).toBe("withdrawn");
      expect(await org(o.id)).toMatchObject({
        verificationStatus: "UNVERIFIED",
        verifiedName: NAME,
        verifiedCreditCode: CODE,
      });
      expect(await badgeOnRequirement(requirement.id)).toBe(false);
      expect(await lastAudit()).toMatchObject({
        reason: VERIFICATION_RESET_REASON,
        before: { verificationStatus: "VERIFIED" },
        after: { verificationStatus: "UNVERIFIED" },
      });
    },
  );

  it("restores the verification when the name and credit code are set back to the verified ones", async () => {
    const { org: o, roles, requirement, verifiedAt } = await verifiedEnterprise();
    await updateOrganizationProfile(
      roles.owner,
      profile(o.id, { name: "南方电网数字集团", confirmVerificationLoss: true }),
    );
    const result = await updateOrganizationProfile(roles.owner, profile(o.id));
    expect(result.verification).toBe("restored");
    expect(await org(o.id)).toMatchObject({
      name: NAME,
      verificationStatus: "VERIFIED",
      verifiedAt,
    });
    expect(await badgeOnRequirement(requirement.id)).toBe(true);
    expect(await lastAudit()).toMatchObject({
      reason: VERIFICATION_RESTORED_REASON,
      before: { verificationStatus: "UNVERIFIED", name: "南方电网数字集团" },
      after: { verificationStatus: "VERIFIED", name: NAME },
    });
  });

  it("does not restore it while the credit code still differs from the verified one", async () => {
    const { org: o, roles } = await verifiedEnterprise();
    const changed = { name: "南方电网数字集团", creditCode: OTHER_CODE };
    await updateOrganizationProfile(
      roles.owner,
      profile(o.id, { ...changed, confirmVerificationLoss: true }),
    );
    const result = await updateOrganizationProfile(
      roles.owner,
      profile(o.id, { creditCode: OTHER_CODE }),
    );
    expect(result.verification).toBe("none");
    expect((await org(o.id)).verificationStatus).toBe("UNVERIFIED");
  });

  it("restores it after a request for the new name was rejected", async () => {
    const { org: o, roles } = await verifiedEnterprise();
    await updateOrganizationProfile(
      roles.owner,
      profile(o.id, { name: "南方电网数字集团", confirmVerificationLoss: true }),
    );
    const { requestId } = await requestVerification(roles.owner, {
      orgId: o.id,
      license: licence(),
    });
    await decideVerification(roles.admin, { decision: "reject", requestId, reason: "名称不符" });
    expect((await org(o.id)).verificationStatus).toBe("REJECTED");
    expect((await updateOrganizationProfile(roles.owner, profile(o.id))).verification).toBe(
      "restored",
    );
    expect((await org(o.id)).verificationStatus).toBe("VERIFIED");
  });

  it("keeps the name and credit code while a request is under review, and saves the rest", async () => {
    const cast = await createCast("ENTERPRISE");
    await updateOrganizationProfile(cast.roles.owner, profile(cast.org.id));
    await requestVerification(cast.roles.owner, { orgId: cast.org.id, license: licence() });
    await expect(
      updateOrganizationProfile(cast.roles.owner, profile(cast.org.id, { name: "别的名称" })),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: ["identityLockedWhilePending"] },
    });
    await updateOrganizationProfile(cast.roles.owner, profile(cast.org.id, { description: "新" }));
    expect(await org(cast.org.id)).toMatchObject({
      name: NAME,
      description: "新",
      verificationStatus: "PENDING",
    });
  });
});

describe("changing anything else", () => {
  it("leaves the verification alone: description, region, industries, capabilities, logo", async () => {
    const { org: o, roles, verifiedAt } = await verifiedEnterprise();
    const result = await updateOrganizationProfile(
      roles.owner,
      profile(o.id, {
        description: "全新的简介",
        region: "北京",
        industries: ["power-grid", "telecom"],
        website: "https://example.com",
      }),
    );
    expect(result).toEqual({
      changed: ["region", "industries", "description", "website"],
      verification: "none",
    });
    await setOrganizationLogo(roles.owner, { orgId: o.id, logo: pngFile() });
    expect(await org(o.id)).toMatchObject({ verificationStatus: "VERIFIED", verifiedAt });
    expect((await lastAudit()).reason).toBeNull();
  });
});
