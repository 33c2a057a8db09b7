import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { RequirementStatus, Visibility } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/domain/errors";
import { addRequirementAttachment } from "@/lib/domain/requirements/attachments/add-requirement-attachment";
import { getAttachmentDownload } from "@/lib/domain/requirements/attachments/get-attachment-download";
import { removeRequirementAttachment } from "@/lib/domain/requirements/attachments/remove-requirement-attachment";
import { ATTACHMENT_LIMITS } from "@/lib/domain/requirements/attachments/requirement-attachment.schema";
import { ATTACHMENT_RULES, openStoredFile } from "@/lib/storage/file-storage";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";
import {
  attachmentFile,
  CFB_BYTES,
  DOCM_BYTES,
  DOCX_BYTES,
  EXE_BYTES,
  JPEG_BYTES,
  PDF_BYTES,
  pdfFile,
  pdfOfSize,
  pngFile,
  PPTX_BYTES,
  XLSX_BYTES,
  zipArchive,
} from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { outcomeOf, requirementIn, type Outcome } from "@/tests/helpers/requirement-transitions";
import { PNG_BYTES, setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

const MB = 1024 * 1024;

async function errorOf(run: () => Promise<unknown>): Promise<DomainError> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const attach = (actor: Actor, requirementId: string, file: File = pdfFile()) =>
  addRequirementAttachment(actor, { requirementId, file });

/** An enterprise cast with a draft of its organization. */
async function castWithDraft() {
  const cast = await createCast("ENTERPRISE");
  const draft = await requirementIn(cast.org.id, "DRAFT");
  return { ...cast, draft };
}

const editorTable: Record<Role, Outcome> = {
  visitor: "UNAUTHENTICATED",
  member: "allowed",
  owner: "allowed",
  otherOwner: "NOT_FOUND",
  admin: "FORBIDDEN",
};

describe("who may add and remove attachments", () => {
  it.each(ALL_ROLES)("add: %s", async (role) => {
    const { roles, draft } = await castWithDraft();
    const outcome = await outcomeOf(() => attach(roles[role], draft.id));
    expect(outcome).toBe(editorTable[role]);
    const written = outcome === "allowed" ? 1 : 0;
    expect(await db.requirementAttachment.count()).toBe(written);
    expect(await db.storedFile.count()).toBe(written);
    expect(await db.auditEvent.count({ where: { action: "requirement.add-attachment" } })).toBe(
      written,
    );
  });

  it.each(ALL_ROLES)("remove: %s", async (role) => {
    const { roles, draft } = await castWithDraft();
    const { attachmentId } = await attach(roles.owner, draft.id);
    const outcome = await outcomeOf(() =>
      removeRequirementAttachment(roles[role], { attachmentId }),
    );
    expect(outcome).toBe(editorTable[role]);
    expect(await db.requirementAttachment.count()).toBe(outcome === "allowed" ? 0 : 1);
  });
});

describe("adding attachments", () => {
  const OOXML = "application/vnd.openxmlformats-officedocument";
  it.each([
    ["招标文件.pdf", PDF_BYTES, "application/pdf"],
    ["现场照片.png", PNG_BYTES, "image/png"],
    ["设备.jpg", JPEG_BYTES, "image/jpeg"],
    ["技术规范.docx", DOCX_BYTES, `${OOXML}.wordprocessingml.document`],
    ["数据样例.xlsx", XLSX_BYTES, `${OOXML}.spreadsheetml.sheet`],
    ["项目介绍.pptx", PPTX_BYTES, `${OOXML}.presentationml.presentation`],
    ["旧版说明.doc", CFB_BYTES, "application/msword"],
    ["旧版数据.XLS", CFB_BYTES, "application/vnd.ms-excel"],
    ["旧版汇报.ppt", CFB_BYTES, "application/vnd.ms-powerpoint"],
  ])("accepts %s, typed by its bytes", async (name, bytes, contentType) => {
    const { roles, draft } = await castWithDraft();
    const { attachmentId } = await attach(roles.member, draft.id, attachmentFile(bytes, name));
    const download = await getAttachmentDownload(roles.owner, { attachmentId });
    expect(download).toMatchObject({ originalName: name, contentType, sizeBytes: bytes.length });
    const stored = await openStoredFile(download.storageKey);
    expect(await buffer(stored.stream as never)).toEqual(Buffer.from(bytes));
  });

  it.each([
    ["a program renamed .pdf", "报价.pdf", EXE_BYTES],
    ["plain text renamed .pdf", "说明.pdf", Buffer.from("just some text, not a PDF\n")],
    ["a compound file not named .doc/.xls/.ppt", "installer.pdf", CFB_BYTES],
    ["an installer (CFB) named .msi", "setup.msi", CFB_BYTES],
    ["a macro-enabled Word file renamed .docx", "宏.docx", DOCM_BYTES],
    ["a plain ZIP archive", "资料.zip", zipArchive({ "a.txt": "x" })],
  ])("refuses %s, writing nothing", async (_what, name, bytes) => {
    const { roles, draft } = await castWithDraft();
    const error = await errorOf(() => attach(roles.owner, draft.id, attachmentFile(bytes, name)));
    expect([error.code, error.fieldErrors]).toEqual(["VALIDATION", { file: ["fileType"] }]);
    expect(await db.storedFile.count()).toBe(0);
    expect(await db.requirementAttachment.count()).toBe(0);
  });

  it("accepts 20 MB and refuses a byte more", async () => {
    const { roles, draft } = await castWithDraft();
    expect(ATTACHMENT_RULES.maxBytes).toBe(ATTACHMENT_LIMITS.maxBytes);
    await attach(roles.owner, draft.id, pdfOfSize(20 * MB));
    const error = await errorOf(() => attach(roles.owner, draft.id, pdfOfSize(20 * MB + 1)));
    expect([error.code, error.fieldErrors]).toEqual([
      "VALIDATION",
      { file: ["fileTooLarge?mb=20"] },
    ]);
    expect(await db.requirementAttachment.count()).toBe(1);
  });

  it("refuses an eleventh attachment, even when eleven arrive at once", async () => {
    const { roles, draft } = await castWithDraft();
    const results = await Promise.allSettled(
      Array.from({ length: 11 }, (_, i) => attach(roles.member, draft.id, pngFile(`照片${i}.png`))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as DomainError).fieldErrors).toEqual({
      file: ["tooManyAttachments?max=10"],
    });
    expect(await db.requirementAttachment.count({ where: { requirementId: draft.id } })).toBe(10);
    const positions = await db.requirementAttachment.findMany({ select: { position: true } });
    expect(new Set(positions.map((p) => p.position)).size).toBe(10);
  });

  it("is refused once the requirement is submitted", async () => {
    const cast = await createCast("ENTERPRISE");
    const pending = await requirementIn(cast.org.id, "PENDING_REVIEW");
    const error = await errorOf(() => attach(cast.roles.owner, pending.id));
    expect([error.code, error.message]).toEqual(["INVALID_TRANSITION", "requirementNotEditable"]);
    expect(await db.storedFile.count()).toBe(0);
  });

  it("removing keeps the stored file and the audit trail, but the attachment is gone", async () => {
    const { roles, draft } = await castWithDraft();
    const { attachmentId } = await attach(roles.owner, draft.id);
    await removeRequirementAttachment(roles.member, { attachmentId });
    expect(await db.storedFile.count()).toBe(1);
    const error = await errorOf(() => getAttachmentDownload(roles.owner, { attachmentId }));
    expect(error.code).toBe("NOT_FOUND");
    const removal = await db.auditEvent.findFirstOrThrow({
      where: { action: "requirement.remove-attachment" },
    });
    expect(removal.before).toMatchObject({ attachmentId, fileName: "需求说明书.pdf" });
  });
});

describe("downloading attachments", () => {
  type Reader = Role | "vendor" | "invitedVendor";
  const READERS: Reader[] = [...ALL_ROLES, "vendor", "invitedVendor"];

  /** A requirement in `status` with one attachment, and every kind of reader. */
  async function scenario(status: RequirementStatus, visibility: Visibility) {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT", { visibility });
    const { attachmentId } = await attach(cast.roles.owner, requirement.id);
    await db.requirement.update({ where: { id: requirement.id }, data: { status } });
    const vendorOrg = await createOrganization({ kind: "VENDOR" });
    const invitedOrg = await createOrganization({ kind: "VENDOR" });
    await db.bidInvitation.create({
      data: { requirementId: requirement.id, vendorOrgId: invitedOrg.id },
    });
    const readers: Record<Reader, Actor> = {
      ...cast.roles,
      vendor: (await createUser({ orgId: vendorOrg.id })).actor,
      invitedVendor: (await createUser({ orgId: invitedOrg.id })).actor,
    };
    return { readers, attachmentId };
  }

  const hidden = "NOT_FOUND" as const;
  const TABLES: [string, RequirementStatus, Visibility, Record<Reader, Outcome>][] = [
    [
      "published, public",
      "PUBLISHED",
      "PUBLIC",
      {
        visitor: hidden,
        member: "allowed",
        owner: "allowed",
        otherOwner: "allowed",
        admin: "allowed",
        vendor: "allowed",
        invitedVendor: "allowed",
      },
    ],
    [
      "published, invited vendors only",
      "PUBLISHED",
      "INVITED",
      {
        visitor: hidden,
        member: "allowed",
        owner: "allowed",
        otherOwner: hidden,
        admin: "allowed",
        vendor: hidden,
        invitedVendor: "allowed",
      },
    ],
    [
      "a draft",
      "DRAFT",
      "PUBLIC",
      {
        visitor: hidden,
        member: "allowed",
        owner: "allowed",
        otherOwner: hidden,
        admin: "allowed",
        vendor: hidden,
        invitedVendor: hidden,
      },
    ],
    [
      "under review",
      "PENDING_REVIEW",
      "INVITED",
      {
        visitor: hidden,
        member: "allowed",
        owner: "allowed",
        otherOwner: hidden,
        admin: "allowed",
        vendor: hidden,
        invitedVendor: hidden,
      },
    ],
  ];

  describe.each(TABLES)("of a requirement that is %s", (_name, status, visibility, table) => {
    it.each(READERS)("%s", async (reader) => {
      const { readers, attachmentId } = await scenario(status, visibility);
      expect(await outcomeOf(() => getAttachmentDownload(readers[reader], { attachmentId }))).toBe(
        table[reader],
      );
    });
  });

  it("an unknown id is simply not found", async () => {
    const cast = await createCast("ENTERPRISE");
    const error = await errorOf(() =>
      getAttachmentDownload(cast.roles.admin, { attachmentId: "nope" }),
    );
    expect([error.code, error.message]).toEqual(["NOT_FOUND", "attachmentNotFound"]);
  });
});
