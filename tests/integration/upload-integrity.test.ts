import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { addRequirementAttachment } from "@/lib/domain/requirements/attachments/add-requirement-attachment";
import { getAttachmentDownload } from "@/lib/domain/requirements/attachments/get-attachment-download";
import { fileDownloadHeaders } from "@/lib/http/file-download";
import { uploadName } from "@/lib/storage/upload-name";
import { createCast } from "@/tests/helpers/actors";
import {
  attachmentFile,
  CFB_BYTES,
  DOCX_BYTES,
  EXE_BYTES,
  JPEG_BYTES,
  PDF_BYTES,
  zipArchive,
} from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { requirementIn } from "@/tests/helpers/requirement-transitions";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

const OOXML = "application/vnd.openxmlformats-officedocument";

/** Uploads `bytes` named `name` to a fresh draft; the stored file's name, type and key. */
async function upload(bytes: Uint8Array, name: string) {
  const cast = await createCast("ENTERPRISE");
  const draft = await requirementIn(cast.org.id, "DRAFT");
  const { attachmentId } = await addRequirementAttachment(cast.roles.owner, {
    requirementId: draft.id,
    file: attachmentFile(bytes, name),
  });
  return getAttachmentDownload(cast.roles.owner, { attachmentId });
}

describe("an upload keeps the type its bytes are", () => {
  it("a PDF named poly.pdf.html comes back as poly.pdf, stored as .pdf", async () => {
    const file = await upload(PDF_BYTES, "poly.pdf.html");
    expect(file.originalName).toBe("poly.pdf");
    expect(file.storageKey).toMatch(/\.pdf$/);
    expect(fileDownloadHeaders(file)["Content-Disposition"]).toContain('filename="poly.pdf"');
  });

  it.each([
    ["报价单", PDF_BYTES, "报价单.pdf"],
    ["现场.JPEG", JPEG_BYTES, "现场.JPEG"],
    ["现场.png", JPEG_BYTES, "现场.jpg"],
    ["旧版说明.doc", CFB_BYTES, "旧版说明.doc"],
  ])("names %s after its type", async (name, bytes, shown) => {
    expect((await upload(bytes, name)).originalName).toBe(shown);
  });

  it("removes the characters that reorder or hide text from the shown name", async () => {
    // Shown as "invoiceexe.pdf" where the override is honoured.
    const file = await upload(PDF_BYTES, "invoice\u202Efdp.exe");
    expect(file.originalName).toBe("invoicefdp.pdf");
    expect(uploadName("a\u2066b\u2069\u200f\u0000c.pdf", "pdf")).toBe("abc.pdf");
  });
});

describe("Office files are what their container says", () => {
  const contentTypes = (main: string) =>
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

  it.each([
    [
      "an archive that only claims to be Word",
      {
        "[Content_Types].xml": contentTypes(`${OOXML}.wordprocessingml.document.main+xml`),
        "payload.exe": "MZ",
      },
    ],
    [
      "a Word claim over Excel's parts",
      {
        "[Content_Types].xml": contentTypes(`${OOXML}.wordprocessingml.document.main+xml`),
        "xl/workbook.xml": "<x/>",
      },
    ],
  ])("refuses %s", async (_what, entries) => {
    const error = await upload(zipArchive(entries), "技术规范.docx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors).toEqual({ file: ["fileType"] });
    expect(await db.storedFile.count()).toBe(0);
  });

  it("accepts a real Word package and a legacy Word file by its OLE signature", async () => {
    expect((await upload(DOCX_BYTES, "技术规范.docx")).contentType).toBe(
      `${OOXML}.wordprocessingml.document`,
    );
    expect((await upload(CFB_BYTES, "旧版.doc")).contentType).toBe("application/msword");
    await expect(upload(EXE_BYTES, "旧版.doc")).rejects.toBeInstanceOf(DomainError);
  });
});
