import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { decideVerification } from "@/lib/domain/verification/decide-verification";
import { getVerificationLicense } from "@/lib/domain/verification/get-verification-license";
import { getVerificationStatus } from "@/lib/domain/verification/get-verification-status";
import { listPendingVerifications } from "@/lib/domain/verification/list-pending-verifications";
import { requestVerification } from "@/lib/domain/verification/request-verification";
import { LICENSE_MAX_BYTES } from "@/lib/domain/verification/request-verification.schema";
import { contentDisposition } from "@/lib/http/content-disposition";
import { DOCUMENT_RULES } from "@/lib/storage/file-storage";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpInbox } from "@/tests/helpers/inbox";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";

setUpTestDatabase();
const inbox = setUpInbox();

let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "zhipei-licences-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(() => rm(storageDir, { recursive: true, force: true }));

const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const licence = (name = "营业执照（副本）.pdf", bytes: Buffer = PDF_BYTES) =>
  new File([new Uint8Array(bytes)], name, { type: "application/pdf" });

type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    return (error as { code: Outcome }).code;
  }
}

/** A cast whose organization has a request waiting for a decision. */
async function castWithPendingRequest() {
  const cast = await createCast("VENDOR");
  const { requestId } = await requestVerification(cast.roles.owner, {
    orgId: cast.org.id,
    license: licence(),
  });
  return { ...cast, requestId };
}

const reject = (actor: Actor, requestId: string, reason?: string) =>
  decideVerification(actor, { decision: "reject", requestId, reason: reason as string });

describe("who may do what", () => {
  const requestTable: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "FORBIDDEN",
    owner: "allowed",
    otherOwner: "FORBIDDEN",
    admin: "FORBIDDEN",
  };
  it.each(ALL_ROLES)("request verification: %s", async (role) => {
    const cast = await createCast();
    const outcome = await outcomeOf(() =>
      requestVerification(cast.roles[role], { orgId: cast.org.id, license: licence() }),
    );
    expect(outcome).toBe(requestTable[role]);
    const org = await db.organization.findUniqueOrThrow({ where: { id: cast.org.id } });
    const written = outcome === "allowed";
    expect(org.verificationStatus).toBe(written ? "PENDING" : "UNVERIFIED");
    expect(await db.verificationRequest.count()).toBe(written ? 1 : 0);
    expect(await db.storedFile.count()).toBe(written ? 1 : 0);
  });

  const statusTable: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "allowed",
    owner: "allowed",
    otherOwner: "FORBIDDEN",
    admin: "allowed",
  };
  it.each(ALL_ROLES)("see the verification status: %s", async (role) => {
    const cast = await createCast();
    expect(
      await outcomeOf(() => getVerificationStatus(cast.roles[role], { orgId: cast.org.id })),
    ).toBe(statusTable[role]);
  });

  const adminOnly: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "FORBIDDEN",
    owner: "FORBIDDEN",
    otherOwner: "FORBIDDEN",
    admin: "allowed",
  };
  it.each(ALL_ROLES)("list the pending requests: %s", async (role) => {
    const cast = await castWithPendingRequest();
    expect(await outcomeOf(() => listPendingVerifications(cast.roles[role]))).toBe(adminOnly[role]);
  });

  it.each(ALL_ROLES)("decide a request: %s", async (role) => {
    const cast = await castWithPendingRequest();
    const outcome = await outcomeOf(() =>
      decideVerification(cast.roles[role], { decision: "approve", requestId: cast.requestId }),
    );
    expect(outcome).toBe(adminOnly[role]);
    const org = await db.organization.findUniqueOrThrow({ where: { id: cast.org.id } });
    expect(org.verificationStatus).toBe(outcome === "allowed" ? "VERIFIED" : "PENDING");
    expect(await db.auditEvent.count({ where: { action: "organization.verify" } })).toBe(
      outcome === "allowed" ? 1 : 0,
    );
  });

  // The licence route answers 404 to every refusal: this is the use case it calls.
  const licenceTable: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "allowed",
    owner: "allowed",
    otherOwner: "NOT_FOUND",
    admin: "allowed",
  };
  it.each(ALL_ROLES)("download the licence: %s", async (role) => {
    const cast = await castWithPendingRequest();
    expect(
      await outcomeOf(() =>
        getVerificationLicense(cast.roles[role], { requestId: cast.requestId }),
      ),
    ).toBe(licenceTable[role]);
  });
});

describe("requesting verification", () => {
  it("stores the licence and puts the organization under review, with an audit event", async () => {
    const cast = await createCast();
    const { requestId } = await requestVerification(cast.roles.owner, {
      orgId: cast.org.id,
      license: licence(),
    });
    const request = await db.verificationRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { licenseFile: true },
    });
    expect(request).toMatchObject({ status: "PENDING", requestedById: cast.owner.user.id });
    expect(request.licenseFile).toMatchObject({
      originalName: "营业执照（副本）.pdf",
      contentType: "application/pdf",
    });
    const status = await getVerificationStatus(cast.roles.member, { orgId: cast.org.id });
    expect(status).toMatchObject({ status: "PENDING", latestRequest: { status: "PENDING" } });
    expect(status.canRequest).toBe(false);
    expect(
      await db.auditEvent.count({ where: { action: "organization.request-verification" } }),
    ).toBe(1);
  });

  it("refuses a second request while the first waits, and any request once verified", async () => {
    const cast = await castWithPendingRequest();
    const again = () =>
      requestVerification(cast.roles.owner, { orgId: cast.org.id, license: licence() });
    await expect(again()).rejects.toMatchObject({ message: "verificationPending" });
    await decideVerification(cast.roles.admin, { decision: "approve", requestId: cast.requestId });
    await expect(again()).rejects.toMatchObject({ message: "alreadyVerified" });
    expect(await db.verificationRequest.count()).toBe(1);
  });

  it("refuses a file that is not a PDF or an image, whatever its name says", async () => {
    const cast = await createCast();
    const text = licence(
      "营业执照.pdf",
      Buffer.from("这不是营业执照，只是一段文字。\n".repeat(20)),
    );
    await expect(
      requestVerification(cast.roles.owner, { orgId: cast.org.id, license: text }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { license: ["fileType"] } });
    const org = await db.organization.findUniqueOrThrow({ where: { id: cast.org.id } });
    expect(org.verificationStatus).toBe("UNVERIFIED");
    expect(await db.verificationRequest.count()).toBe(0);
  });

  it("refuses a missing file on the licence field", async () => {
    const cast = await createCast();
    await expect(
      requestVerification(cast.roles.owner, {
        orgId: cast.org.id,
        license: licence("a.pdf", Buffer.alloc(0)),
      }),
    ).rejects.toMatchObject({ fieldErrors: { license: ["fileMissing"] } });
  });

  it("keeps the form's size limit equal to the storage rule", () => {
    expect(LICENSE_MAX_BYTES).toBe(DOCUMENT_RULES.maxBytes);
  });
});

describe("deciding", () => {
  it("approves: the organization is verified and every owner is emailed in their language", async () => {
    const cast = await castWithPendingRequest();
    const second = await createUser({ orgId: cast.org.id, role: "OWNER" });
    await db.user.update({ where: { id: second.user.id }, data: { locale: "en" } });
    const before = Date.now();
    await decideVerification(cast.roles.admin, { decision: "approve", requestId: cast.requestId });

    const org = await db.organization.findUniqueOrThrow({ where: { id: cast.org.id } });
    expect(org.verificationStatus).toBe("VERIFIED");
    expect(org.verifiedAt!.getTime()).toBeGreaterThanOrEqual(before);
    const request = await db.verificationRequest.findUniqueOrThrow({
      where: { id: cast.requestId },
    });
    expect(request).toMatchObject({ status: "APPROVED", decidedById: cast.admin.user.id });

    const zh = await inbox.latestTo(cast.owner.user.email);
    expect(zh.subject).toBe(`「${cast.org.name}」已通过企业认证`);
    expect(zh.text).toContain("/organization");
    const en = await inbox.latestTo(second.user.email);
    expect(en.subject).toContain("verified");
    expect(inbox.messages.some((m) => JSON.stringify(m.to).includes(cast.member.user.email))).toBe(
      false,
    );
  });

  it("refuses a rejection without a reason, on the reason field", async () => {
    const cast = await castWithPendingRequest();
    for (const reason of [undefined, "   "]) {
      await expect(reject(cast.roles.admin, cast.requestId, reason)).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { reason: ["required"] },
      });
    }
    const request = await db.verificationRequest.findUniqueOrThrow({
      where: { id: cast.requestId },
    });
    expect(request.status).toBe("PENDING");
  });

  it("rejects with a reason the members read, emails it to the owner, and allows a new request", async () => {
    const cast = await castWithPendingRequest();
    const reason = "营业执照照片模糊，无法辨认统一社会信用代码";
    await reject(cast.roles.admin, cast.requestId, reason);

    const seen = await getVerificationStatus(cast.roles.member, { orgId: cast.org.id });
    expect(seen).toMatchObject({
      status: "REJECTED",
      latestRequest: { status: "REJECTED", reason },
      canRequest: false,
    });
    const owner = await getVerificationStatus(cast.roles.owner, { orgId: cast.org.id });
    expect(owner.canRequest).toBe(true);
    const mail = await inbox.latestTo(cast.owner.user.email);
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain("/organization/verification");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "organization.reject-verification" },
    });
    expect(audit).toMatchObject({ reason, actorUserId: cast.admin.user.id });

    await requestVerification(cast.roles.owner, { orgId: cast.org.id, license: licence() });
    const again = await getVerificationStatus(cast.roles.member, { orgId: cast.org.id });
    expect(again).toMatchObject({ status: "PENDING", latestRequest: { reason: null } });
  });

  it("decides a request only once", async () => {
    const cast = await castWithPendingRequest();
    await decideVerification(cast.roles.admin, { decision: "approve", requestId: cast.requestId });
    await expect(reject(cast.roles.admin, cast.requestId, "重复处理")).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "verificationAlreadyDecided",
    });
    const org = await db.organization.findUniqueOrThrow({ where: { id: cast.org.id } });
    expect(org.verificationStatus).toBe("VERIFIED");
  });

  it("answers NOT_FOUND for an unknown request", async () => {
    const { actor } = await createUser({ isAdmin: true });
    await expect(
      decideVerification(actor, { decision: "approve", requestId: "nope" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the admins' queue", () => {
  it("lists pending requests oldest first with the time they have waited", async () => {
    const first = await castWithPendingRequest();
    const second = await castWithPendingRequest();
    const decided = await castWithPendingRequest();
    await decideVerification(decided.roles.admin, {
      decision: "approve",
      requestId: decided.requestId,
    });
    await db.verificationRequest.update({
      where: { id: first.requestId },
      data: { createdAt: new Date(Date.now() - 3 * 24 * 3600 * 1000) },
    });

    const queue = await listPendingVerifications(first.roles.admin);
    expect(queue.total).toBe(2);
    expect(queue.requests.map((r) => r.id)).toEqual([first.requestId, second.requestId]);
    expect(queue.requests[0]!.waitingMs).toBeGreaterThanOrEqual(3 * 24 * 3600 * 1000);
    expect(queue.requests[0]!.organization.name).toBe(first.org.name);
  });
});

describe("the licence file", () => {
  it("gives the stored bytes and the original name", async () => {
    const cast = await castWithPendingRequest();
    const file = await getVerificationLicense(cast.roles.admin, { requestId: cast.requestId });
    expect(file.bytes.equals(PDF_BYTES)).toBe(true);
    expect(file).toMatchObject({
      originalName: "营业执照（副本）.pdf",
      contentType: "application/pdf",
    });
  });

  it("names a Chinese file name in the download header, RFC 5987-encoded", () => {
    expect(contentDisposition("inline", "营业执照 (副本)'s.pdf")).toBe(
      'inline; filename="____ (__)\'s.pdf"; ' +
        "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%28%E5%89%AF%E6%9C%AC%29%27s.pdf",
    );
  });
});
