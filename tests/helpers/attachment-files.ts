import { crc32 } from "node:zlib";
import { PNG_BYTES } from "./storage";

// Real (minimal) files of every accepted kind, built from their bytes, so that attachment tests
// exercise the type detection the product relies on.

const file = (bytes: Uint8Array, name: string, type = "application/octet-stream") =>
  new File([new Uint8Array(bytes)], name, { type });

export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
/** JPEG start-of-image, JFIF header and end-of-image: enough for detection. */
export const JPEG_BYTES = Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex");
/** The signature of a Microsoft Compound File (legacy .doc, .xls, .ppt — and .msi). */
export const CFB_BYTES = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]);
/** A Windows executable's header. */
export const EXE_BYTES = Buffer.concat([
  Buffer.from("MZ"),
  Buffer.alloc(62),
  Buffer.from("PE\0\0"),
]);

/** A ZIP archive (stored, not compressed) of the given entries. */
export function zipArchive(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An Office Open XML package whose main part has `mainType` (…document.main+xml and so on). */
export function ooxmlBytes(folder: "word" | "xl" | "ppt", mainType: string): Buffer {
  const part = { word: "document", xl: "workbook", ppt: "presentation" }[folder];
  return zipArchive({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${folder}/${part}.xml" ContentType="${mainType}"/></Types>`,
    [`${folder}/${part}.xml`]: '<?xml version="1.0"?><root/>',
  });
}

const OOXML = "application/vnd.openxmlformats-officedocument";
export const DOCX_BYTES = ooxmlBytes("word", `${OOXML}.wordprocessingml.document.main+xml`);
export const XLSX_BYTES = ooxmlBytes("xl", `${OOXML}.spreadsheetml.sheet.main+xml`);
export const PPTX_BYTES = ooxmlBytes("ppt", `${OOXML}.presentationml.presentation.main+xml`);
/** A macro-enabled Word document (.docm): not accepted. */
export const DOCM_BYTES = ooxmlBytes(
  "word",
  "application/vnd.ms-word.document.macroEnabled.main+xml",
);

export const pdfFile = (name = "需求说明书.pdf") => file(PDF_BYTES, name, "application/pdf");
export const pngFile = (name = "现场照片.png") => file(PNG_BYTES, name, "image/png");
export const attachmentFile = file;

/** A PDF of exactly `size` bytes (its header, then padding). */
export function pdfOfSize(size: number, name = "大文件.pdf"): File {
  const bytes = Buffer.alloc(size, 0x20);
  PDF_BYTES.copy(bytes);
  return file(bytes, name, "application/pdf");
}
