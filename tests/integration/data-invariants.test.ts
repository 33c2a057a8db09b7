import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

// The CHECK constraints of migration data_invariants, each met by a row that breaks it, written
// past the use cases (as a bug or a hand-written query would).

const HOUR = 3600 * 1000;

async function proposalOf(requirementId: string) {
  const vendor = await createOrganization({ kind: "VENDOR" });
  return db.proposal.create({ data: { requirementId, vendorOrgId: vendor.id } });
}

async function proposalVersion(overrides: { priceCny?: number; deliveryMonths?: number } = {}) {
  const requirement = await createRequirement();
  const proposal = await proposalOf(requirement.id);
  return db.proposalVersion.create({
    data: {
      proposalId: proposal.id,
      version: 1,
      priceCny: 1_000_000,
      summary: "方案摘要",
      approach: "技术路线",
      ...overrides,
    },
  });
}

async function criterion(weight: number) {
  const requirement = await createRequirement();
  return db.evaluationCriterion.create({
    data: { requirementId: requirement.id, position: 0, name: "技术方案", weight },
  });
}

async function score(value: number) {
  const requirement = await createRequirement();
  const proposal = await proposalOf(requirement.id);
  const evaluator = await db.user.create({ data: { email: "eval@example.com", name: "评委" } });
  const { id: criterionId } = await db.evaluationCriterion.create({
    data: { requirementId: requirement.id, position: 0, name: "技术方案", weight: 100 },
  });
  return db.score.create({
    data: { proposalId: proposal.id, criterionId, evaluatorId: evaluator.id, score: value },
  });
}

async function contract(amountCny: number) {
  const requirement = await createRequirement({ status: "AWARDED" });
  const proposal = await proposalOf(requirement.id);
  const award = await db.award.create({
    data: { requirementId: requirement.id, proposalId: proposal.id },
  });
  return db.contract.create({
    data: { requirementId: requirement.id, awardId: award.id, amountCny, signedAt: new Date() },
  });
}

const refused = (constraint: string) => new RegExp(constraint);

describe("the database refuses rows that break an invariant", () => {
  it.each([
    ["a negative minimum budget", "Requirement_budget_not_negative", { budgetMinCny: -1 }],
    ["a negative maximum budget", "Requirement_budget_not_negative", { budgetMaxCny: -1 }],
    [
      "a minimum budget above the maximum",
      "Requirement_budget_order",
      { budgetMinCny: 2_000_000, budgetMaxCny: 1_000_000 },
    ],
    [
      "a question deadline after the proposal deadline",
      "Requirement_question_deadline_order",
      {
        deadline: new Date(Date.now() + 24 * HOUR),
        questionDeadline: new Date(Date.now() + 25 * HOUR),
      },
    ],
    ["a duration of zero months", "Requirement_duration_positive", { durationMonths: 0 }],
    ["a version of zero", "Requirement_version_positive", { version: 0 }],
  ])("a requirement with %s", async (_what, constraint, fields) => {
    await expect(createRequirement(fields)).rejects.toThrow(refused(constraint));
  });

  it("a requirement updated into a budget range that is upside down", async () => {
    const requirement = await createRequirement({ budgetMinCny: 100, budgetMaxCny: 200 });
    await expect(
      db.requirement.update({ where: { id: requirement.id }, data: { budgetMinCny: 300 } }),
    ).rejects.toThrow(refused("Requirement_budget_order"));
  });

  it("accepts what the editor accepts: equal bounds, one bound, no budget, equal deadlines", async () => {
    const deadline = new Date(Date.now() + 24 * HOUR);
    await createRequirement({ budgetMinCny: 0, budgetMaxCny: 0 });
    await createRequirement({ budgetMinCny: 500, budgetMaxCny: null });
    await createRequirement({ budgetMinCny: null, budgetMaxCny: null });
    await createRequirement({ deadline, questionDeadline: deadline });
    expect(await db.requirement.count()).toBe(4);
  });

  it.each([0, 101, -5])("a criterion weighted %i", async (weight) => {
    await expect(criterion(weight)).rejects.toThrow(refused("EvaluationCriterion_weight_range"));
  });

  it.each([1, 100])("accepts a criterion weighted %i", async (weight) => {
    await expect(criterion(weight)).resolves.toMatchObject({ weight });
  });

  it.each([-1, 101])("a score of %i", async (value) => {
    await expect(score(value)).rejects.toThrow(refused("Score_score_range"));
  });

  it.each([0, 100])("accepts a score of %i", async (value) => {
    await expect(score(value)).resolves.toMatchObject({ score: value });
  });

  it("a proposal with a negative price", async () => {
    await expect(proposalVersion({ priceCny: -1 })).rejects.toThrow(
      refused("ProposalVersion_price_not_negative"),
    );
  });

  it("a proposal delivered in zero months", async () => {
    await expect(proposalVersion({ deliveryMonths: 0 })).rejects.toThrow(
      refused("ProposalVersion_delivery_positive"),
    );
  });

  it("a contract with a negative amount", async () => {
    await expect(contract(-1)).rejects.toThrow(refused("Contract_amount_not_negative"));
    await expect(contract(0)).resolves.toMatchObject({ amountCny: 0 });
  });

  it("a stored file of negative size", async () => {
    await expect(
      db.storedFile.create({
        data: {
          storageKey: "probe",
          originalName: "a.pdf",
          contentType: "application/pdf",
          sizeBytes: -1,
          sha256: "0".repeat(64),
        },
      }),
    ).rejects.toThrow(refused("StoredFile_size_not_negative"));
  });
});
