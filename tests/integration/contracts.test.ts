import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordContractSigning } from "@/lib/domain/contracts/record-contract-signing";
import { recordCompletion } from "@/lib/domain/contracts/record-completion";
import { getTrackRecord } from "@/lib/domain/contracts/get-track-record";
import { loadVendors } from "@/lib/domain/matching/load-vendors";
import { scoreMatch } from "@/lib/matching/score-match";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpStorage } from "@/tests/helpers/storage";
import { EXE_BYTES } from "@/tests/helpers/attachment-files";
import { BIDDING_ROLES, type BiddingRole } from "@/tests/helpers/proposals";
import {
  auditCount,
  outcomeOf,
  statusOf,
  type Outcome,
} from "@/tests/helpers/requirement-transitions";
import { completionInput, createAwardedCast, signingInput } from "@/tests/helpers/contracts";

setUpTestDatabase();
setUpStorage();

/** Only the owning enterprise's owner and members record signing and completion. */
const TABLE: Record<BiddingRole, Outcome> = {
  visitor: "UNAUTHENTICATED",
  vendorMember: "NOT_FOUND",
  vendorOwner: "NOT_FOUND",
  otherVendor: "NOT_FOUND",
  enterpriseOwner: "allowed",
  enterpriseMember: "allowed",
  otherEnterprise: "NOT_FOUND",
  admin: "FORBIDDEN",
};

describe("recording signing and completion: who may", () => {
  it.each(BIDDING_ROLES)("signing, as %s", async (role) => {
    const { actors, requirement } = await createAwardedCast();
    const outcome = await outcomeOf(() =>
      recordContractSigning(actors[role], signingInput(requirement.id)),
    );
    expect(outcome).toBe(TABLE[role]);
    expect(await statusOf(requirement.id)).toBe(outcome === "allowed" ? "CONTRACTED" : "AWARDED");
  });

  it.each(BIDDING_ROLES)("completion, as %s", async (role) => {
    const { actors, requirement } = await createAwardedCast();
    await recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id));
    const outcome = await outcomeOf(() =>
      recordCompletion(actors[role], completionInput(requirement.id)),
    );
    expect(outcome).toBe(TABLE[role]);
    expect(await statusOf(requirement.id)).toBe(outcome === "allowed" ? "COMPLETED" : "CONTRACTED");
  });
});

describe("recording signing and completion", () => {
  it("stores the contract with its document, then the acceptance and rating, each audited", async () => {
    const { actors, requirement, award } = await createAwardedCast();
    await recordContractSigning(actors.enterpriseMember, signingInput(requirement.id));
    await recordCompletion(actors.enterpriseMember, completionInput(requirement.id));
    const contract = await db.contract.findUniqueOrThrow({
      where: { requirementId: requirement.id },
      include: { signedDocument: true },
    });
    expect(contract).toMatchObject({
      awardId: award.id,
      contractNumber: "HT-2026-001",
      amountCny: 980_000,
      rating: 4,
      acceptanceNotes: "系统已通过验收，准确率达标。",
    });
    expect(contract.signedDocument?.contentType).toBe("application/pdf");
    expect(contract.completedAt).not.toBeNull();
    expect(await auditCount(requirement.id)).toBe(2);
  });

  it("refuses a signed document that is not a PDF or image by its bytes", async () => {
    const { actors, requirement } = await createAwardedCast();
    const exe = new File([new Uint8Array(EXE_BYTES)], "合同.pdf", { type: "application/pdf" });
    await expect(
      recordContractSigning(actors.enterpriseOwner, {
        ...signingInput(requirement.id),
        document: exe,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await statusOf(requirement.id)).toBe("AWARDED");
    expect(await db.contract.count({ where: { requirementId: requirement.id } })).toBe(0);
  });

  it("refuses a rating outside 1–5 and completion before signing", async () => {
    const { actors, requirement } = await createAwardedCast();
    await expect(
      recordCompletion(actors.enterpriseOwner, completionInput(requirement.id)),
    ).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id));
    await expect(
      recordCompletion(actors.enterpriseOwner, { ...completionInput(requirement.id), rating: 6 }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await statusOf(requirement.id)).toBe("CONTRACTED");
  });

  it("signs only once", async () => {
    const { actors, requirement } = await createAwardedCast();
    await recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id));
    await expect(
      recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id)),
    ).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });
});

describe("the track record in matching", () => {
  it("counts the completed contract's rating", async () => {
    const { actors, requirement, vendor } = await createAwardedCast();
    await recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id));
    await recordCompletion(actors.enterpriseOwner, {
      ...completionInput(requirement.id),
      rating: 5,
    });
    const [loaded] = await loadVendors([vendor.org.id]);
    expect(loaded!.facts).toMatchObject({ awards: 1, completedContracts: 1, ratingTotal: 5 });

    const facts = { ...requirement, region: null };
    const points = (ratingTotal: number) =>
      scoreMatch(
        facts,
        { ...loaded!.facts, ratingTotal },
        { cosine: 0, terms: [] },
      ).contributions.find((c) => c.signal === "trackRecord");
    expect(points(5)).toMatchObject({ meanRating: 5 });
    expect(points(5)!.points).toBeGreaterThan(points(1)!.points);
  });
});

describe("the vendor's public track record", () => {
  it("shows the completed contract's rating and comment, naming only a public requirement", async () => {
    const { actors, requirement, vendor } = await createAwardedCast();
    await recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id));
    expect(await getTrackRecord(vendor.org.id)).toMatchObject({ completed: 0, meanRating: null });
    await recordCompletion(actors.enterpriseOwner, completionInput(requirement.id));
    expect(await getTrackRecord(vendor.org.id)).toMatchObject({
      completed: 1,
      meanRating: 4,
      entries: [
        {
          rating: 4,
          ratingComment: "交付及时，沟通顺畅。",
          requirement: { id: requirement.id, title: requirement.title },
        },
      ],
    });
    await db.requirement.update({ where: { id: requirement.id }, data: { visibility: "INVITED" } });
    expect((await getTrackRecord(vendor.org.id)).entries[0]!.requirement).toBeNull();
  });
});
