import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

/** Uploads of the calling test file go to a temporary STORAGE_DIR, removed afterwards. */
export function setUpStorage(): void {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "zhipei-storage-"));
    process.env.STORAGE_DIR = dir;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
}

/** A real 1×1 PNG image. */
export const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

export function pngFile(bytes: Uint8Array<ArrayBuffer> = PNG_BYTES, name = "x.png"): File {
  return new File([bytes], name, { type: "image/png" });
}
