import { setTimeout as sleep } from "node:timers/promises";
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { addProposalAttachment } from "@/lib/domain/proposals/add-proposal-attachment";
import { saveProposalDraft } from "@/lib/domain/proposals/save-proposal-draft";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { pdfFile } from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { completeContent, createBiddingScene, createVendor } from "@/tests/helpers/proposals";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

const VENDORS = 50;

it("50 vendors submitting around a deadline one second away: on time stored whole, late refused", async () => {
  const { requirement, vendor: first } = await createBiddingScene();
  const content = await completeContent(requirement.id);
  const vendors = [
    first,
    ...(await Promise.all(Array.from({ length: VENDORS - 1 }, () => createVendor()))),
  ];
  for (const vendor of vendors) {
    await saveProposalDraft(vendor.member, { requirementId: requirement.id, content });
    await addProposalAttachment(vendor.member, {
      requirementId: requirement.id,
      file: pdfFile(`${vendor.org.name}.pdf`),
    });
  }
  const deadline = new Date((await databaseNow()).getTime() + 1000);
  await db.requirement.update({ where: { id: requirement.id }, data: { deadline } });

  const submit = (vendor: (typeof vendors)[number]) =>
    submitProposal(vendor.member, { requirementId: requirement.id }).then(
      (receipt) => ({ accepted: true as const, receipt }),
      (error: unknown) => ({ accepted: false as const, error }),
    );
  // Half spread over 1.5 s across the deadline, half once the database says it has passed.
  const early = vendors.slice(0, VENDORS / 2).map(async (vendor, i) => {
    await sleep(i * 60);
    return submit(vendor);
  });
  while ((await databaseNow()).getTime() <= deadline.getTime()) await sleep(50);
  const late = vendors.slice(VENDORS / 2).map(submit);
  const outcomes = await Promise.all([...early, ...late]);

  const accepted = outcomes.flatMap((o) => (o.accepted ? [o.receipt] : []));
  const refused = outcomes.flatMap((o) => (o.accepted ? [] : [o.error]));
  expect(accepted.length + refused.length).toBe(VENDORS);
  expect(accepted.length).toBeGreaterThan(0);
  expect(refused.length).toBeGreaterThan(VENDORS / 2);
  for (const error of refused) {
    expect(error).toMatchObject({ code: "DEADLINE_PASSED", message: "deadlinePassed" });
  }
  for (const receipt of accepted) {
    expect(receipt.receivedAt.getTime()).toBeLessThan(deadline.getTime());
    expect(receipt.attachments).toHaveLength(1);
  }

  // Nothing half-written: each accepted submission is one whole version, each refusal nothing.
  const proposals = await db.proposal.findMany({
    where: { requirementId: requirement.id },
    select: {
      status: true,
      currentVersion: true,
      versions: { select: { digest: true, _count: { select: { attachments: true } } } },
    },
  });
  expect(proposals).toHaveLength(VENDORS);
  const submitted = proposals.filter((p) => p.status === "SUBMITTED");
  expect(submitted).toHaveLength(accepted.length);
  for (const p of submitted) {
    expect(p.currentVersion).toBe(1);
    expect(p.versions).toEqual([{ digest: expect.any(String), _count: { attachments: 1 } }]);
  }
  for (const p of proposals.filter((p) => p.status !== "SUBMITTED")) {
    expect(p).toMatchObject({ status: "DRAFT", currentVersion: null, versions: [] });
  }
  expect(await db.proposalVersion.count()).toBe(accepted.length);
}, 120_000);
