import { contentDisposition } from "./content-disposition";

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
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
}
