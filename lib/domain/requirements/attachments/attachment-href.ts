import "server-only";
/** Where an attachment is downloaded (app/files/attachments/[id]/route.ts). */
export function attachmentHref(attachmentId: string): string {
  return `/files/attachments/${encodeURIComponent(attachmentId)}`;
}
