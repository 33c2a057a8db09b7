import { contentDisposition } from "./content-disposition";
import { UPLOADED_FILE_POLICY } from "./security-headers";

/**
 * The headers of an uploaded file's download: always saved, never shown in the app's origin
 * (an HTML or SVG file someone uploaded cannot run there), and kept in no shared cache.
 */
export function fileDownloadHeaders(file: {
  contentType: string;
  originalName: string;
  sizeBytes: number;
}): Record<string, string> {
  return {
    "Content-Type": file.contentType,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": contentDisposition("attachment", file.originalName),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // proxy.ts sets the same on the response; here too for wherever the proxy did not run.
    "Content-Security-Policy": UPLOADED_FILE_POLICY,
  };
}
