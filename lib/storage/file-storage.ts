import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";
import { isGenuineContainer } from "./office-container";
import { uploadName } from "./upload-name";

type Tx = Prisma.TransactionClient;

/** Where uploaded files live: outside the web root (STORAGE_DIR, default .data/storage). */
function storageRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.STORAGE_DIR ?? ".data/storage");
}

export interface UploadRules {
  /** Allowed MIME types, as detected from the bytes. */
  types: readonly string[];
  maxBytes: number;
  /**
   * Formats the bytes show only as a generic container (legacy .doc, .xls and .ppt are all CFB):
   * accepted when the file's name has one of these extensions, and stored with its type.
   */
  containers?: Readonly<Record<string, { container: string; type: string }>>;
}

export const IMAGE_RULES: UploadRules = { types: ["image/png", "image/jpeg", "image/webp"], maxBytes: 2 * 1024 * 1024 };
export const DOCUMENT_RULES: UploadRules = {
  types: ["application/pdf", "image/png", "image/jpeg"],
  maxBytes: 20 * 1024 * 1024,
};
const CFB = "application/x-cfb";
/** Requirement attachments: PDF, Word, Excel, PowerPoint (OOXML or legacy), PNG, JPEG. */
export const ATTACHMENT_RULES: UploadRules = {
  types: [
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "image/png",
    "image/jpeg",
  ],
  maxBytes: 20 * 1024 * 1024,
  containers: {
    doc: { container: CFB, type: "application/msword" },
    xls: { container: CFB, type: "application/vnd.ms-excel" },
    ppt: { container: CFB, type: "application/vnd.ms-powerpoint" },
  },
};

/** Proposal attachments: the requirement attachments' types, ZIP archives and WebP, up to 50 MB. */
export const PROPOSAL_ATTACHMENT_RULES: UploadRules = {
  ...ATTACHMENT_RULES,
  types: [...ATTACHMENT_RULES.types, "application/zip", "image/webp"],
  maxBytes: 50 * 1024 * 1024,
};

/** The type the bytes show, if the rules accept it (containers only with a matching name). */
function acceptedType(
  detected: { mime: string; ext: string } | undefined,
  fileName: string,
  rules: UploadRules,
): { mime: string; ext: string } | null {
  if (!detected) return null;
  if (rules.types.includes(detected.mime)) return detected;
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const contained = rules.containers?.[ext];
  return contained?.container === detected.mime ? { mime: contained.type, ext } : null;
}

/**
 * Checks an upload against the rules by its bytes (never by its name or the browser's claim),
 * writes it to storage and records it under a name that ends as its type does. Refusals are
 * VALIDATION errors on `field`.
 */
export async function storeUpload(
  tx: Tx,
  file: File,
  rules: UploadRules,
  options: { field: string; uploadedById: string | null },
): Promise<{ id: string }> {
  const refuse = (key: string, params?: Record<string, string | number>) =>
    new DomainError("VALIDATION", key, { fieldErrors: { [options.field]: [key] }, params });
  if (file.size === 0) throw refuse("fileMissing");
  if (file.size > rules.maxBytes) throw refuse(`fileTooLarge?mb=${Math.round(rules.maxBytes / 1024 / 1024)}`);
  const bytes = Buffer.from(await file.arrayBuffer());
  const detected = acceptedType(await fileTypeFromBuffer(bytes), file.name, rules);
  if (!detected || !isGenuineContainer(detected.mime, bytes)) throw refuse("fileType");

  const storageKey = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}.${detected.ext}`;
  const target = path.join(storageRoot(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { mode: 0o600 });
  return tx.storedFile.create({
    data: {
      storageKey,
      originalName: uploadName(file.name, detected.ext),
      contentType: detected.mime,
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: options.uploadedById,
    },
    select: { id: true },
  });
}

function storedPath(storageKey: string): string {
  const target = path.resolve(storageRoot(), storageKey);
  if (!target.startsWith(storageRoot() + path.sep)) throw new DomainError("NOT_FOUND", "File not found");
  return target;
}

/** The stored bytes of a file (callers check that the actor may see it first). */
export function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(storedPath(storageKey));
}

/** A stored file as a stream with its size, for downloads (callers check access first). */
export async function openStoredFile(
  storageKey: string,
): Promise<{ stream: ReadableStream<Uint8Array>; sizeBytes: number }> {
  const target = storedPath(storageKey);
  const { size } = await stat(target).catch(() => {
    throw new DomainError("NOT_FOUND", "File not found");
  });
  const stream = Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>;
  return { stream, sizeBytes: size };
}
