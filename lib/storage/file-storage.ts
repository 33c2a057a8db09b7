import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";

type Tx = Prisma.TransactionClient;

/** Where uploaded files live: outside the web root (STORAGE_DIR, default .data/storage). */
function storageRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.STORAGE_DIR ?? ".data/storage");
}

export interface UploadRules {
  /** Allowed MIME types, as detected from the bytes. */
  types: readonly string[];
  maxBytes: number;
}

export const IMAGE_RULES: UploadRules = { types: ["image/png", "image/jpeg", "image/webp"], maxBytes: 2 * 1024 * 1024 };
export const DOCUMENT_RULES: UploadRules = {
  types: ["application/pdf", "image/png", "image/jpeg"],
  maxBytes: 20 * 1024 * 1024,
};

/**
 * Checks an upload against the rules by its bytes (never by its name or the browser's claim),
 * writes it to storage and records it. Refusals are VALIDATION errors on `field`.
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
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !rules.types.includes(detected.mime)) throw refuse("fileType");

  const storageKey = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}.${detected.ext}`;
  const target = path.join(storageRoot(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { mode: 0o600 });
  return tx.storedFile.create({
    data: {
      storageKey,
      originalName: file.name.slice(0, 255) || `upload.${detected.ext}`,
      contentType: detected.mime,
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: options.uploadedById,
    },
    select: { id: true },
  });
}

/** The stored bytes of a file (callers check that the actor may see it first). */
export function readStoredFile(storageKey: string): Promise<Buffer> {
  const target = path.resolve(storageRoot(), storageKey);
  if (!target.startsWith(storageRoot() + path.sep)) throw new DomainError("NOT_FOUND", "File not found");
  return readFile(target);
}
