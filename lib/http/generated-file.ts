import { contentDisposition } from "./content-disposition";

/**
 * The headers of a file the app writes for one reader (a receipt, an evaluation sheet): saved
 * under its name, Chinese included, and kept in no shared cache.
 */
export function generatedFileHeaders(file: {
  contentType: string;
  fileName: string;
  sizeBytes: number;
}): Record<string, string> {
  return {
    "Content-Type": file.contentType,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": contentDisposition("attachment", file.fileName),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
