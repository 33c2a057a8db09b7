import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { inviteVendor } from "@/lib/domain/bid-invitations/invite-vendor";
import { notify } from "@/lib/domain/notifications/notify";
import { addProposalAttachment } from "@/lib/domain/proposals/add-proposal-attachment";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { askQuestion } from "@/lib/domain/questions/ask-question";
import { remindBeforeDeadline } from "@/lib/domain/requirements/deadlines/remind-before-deadline";
import { pdfFile } from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpInbox } from "@/tests/helpers/inbox";
import { completeContent, createBiddingScene } from "@/tests/helpers/proposals";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();
const inbox = setUpInbox();

// Before the deadline, nothing the notifications write or send (rows, outbox, mail, job
// payloads) carries a sealed field or the bidder's name to anyone but the bidder.
const VENDOR_NAME = "密封通知智能科技有限公司";
const SEALED = ["密封通知方案摘要", "7310000", "封存通知附件.pdf", "响应：评审项1", "通知路线标记"];
const SECRETS = [VENDOR_NAME, ...SEALED];

const userOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : "");
const leaks = (text: string) => SECRETS.filter((secret) => text.includes(secret));

async function bidBeforeTheDeadline() {
  const scene = await createBiddingScene({ deadline: new Date(Date.now() + 20 * 3600 * 1000) });
  const { requirement, vendor, enterprise } = scene;
  const requirementId = requirement.id;
  await db.organization.update({ where: { id: vendor.org.id }, data: { name: VENDOR_NAME } });
  await inviteVendor(enterprise.owner, { requirementId, vendorId: vendor.org.id });
  await db.bookmark.create({ data: { userId: userOf(vendor.member), requirementId } });
  await askQuestion(vendor.member, { requirementId, body: "是否支持本地化部署？" });
  await addProposalAttachment(vendor.member, {
    requirementId,
    file: pdfFile("封存通知附件.pdf"),
  });
  const content = await completeContent(requirementId, {
    summary: "密封通知方案摘要",
    approach: "## 通知路线标记",
    priceCny: 7_310_000,
    lineItems: [{ name: "模型研发", quantity: 1, unitPriceCny: 7_310_000 }],
  });
  await submitProposal(vendor.member, { requirementId, content });
  await db.$transaction(async (tx) => {
    await notify(tx, { type: "clarification.published", requirementId });
    await notify(tx, { type: "deadline.changed", requirementId });
  });
  await remindBeforeDeadline({ kind: "system", name: "job" });
  return scene;
}

describe("sealed stays sealed in notifications", () => {
  it("no row, email or job payload carries a sealed field or the bidder's name to anyone else", async () => {
    const { vendor, requirement } = await bidBeforeTheDeadline();
    await inbox.settle();
    const vendorUsers = new Set(
      (await db.membership.findMany({ where: { orgId: vendor.org.id } })).map((m) => m.userId),
    );
    const vendorAddresses = new Set(
      (await db.user.findMany({ where: { id: { in: [...vendorUsers] } } })).map((u) => u.email),
    );

    const notifications = await db.notification.findMany();
    const others = notifications.filter((n) => !vendorUsers.has(n.userId));
    expect(new Set(others.map((n) => n.type))).toEqual(
      new Set(["proposal.received", "question.asked"]),
    );
    for (const n of others) expect(leaks(JSON.stringify(n.data))).toEqual([]);
    // The enterprise learns the count, nothing else.
    const received = others.find((n) => n.type === "proposal.received")!;
    expect(received.data).toEqual({
      params: { title: requirement.title, count: "1" },
      href: `/requirements/${requirement.id}`,
    });

    const deliveries = await db.emailDelivery.findMany();
    for (const d of deliveries.filter((row) => !vendorAddresses.has(row.toAddress))) {
      expect(leaks(JSON.stringify([d.values, d.link]))).toEqual([]);
    }
    const mails = inbox.messages.filter(
      (m) => ![...vendorAddresses].some((a) => JSON.stringify(m.to).includes(a)),
    );
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) {
      expect(leaks(`${mail.subject}\n${mail.html}\n${mail.text}`)).toEqual([]);
    }
    // The vendor's own mail is a receipt, and names no sealed content either.
    const own = inbox.messages.filter((m) =>
      [...vendorAddresses].some((a) => JSON.stringify(m.to).includes(a)),
    );
    expect(own.length).toBeGreaterThan(0);
    for (const mail of own) expect(leaks(`${mail.subject}${mail.html}${mail.text}`)).toEqual([]);

    const jobs = await db.$queryRaw<{ name: string; data: unknown }[]>`
      SELECT name, data FROM pgboss.job`;
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(leaks(JSON.stringify(job.data))).toEqual([]);
  });
});
