import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { getAttachmentDownload } from "@/lib/domain/requirements/attachments/get-attachment-download";
import { fileDownloadHeaders } from "@/lib/http/file-download";
import { openStoredFile } from "@/lib/storage/file-storage";

/**
 * A requirement attachment, downloaded under its original name by signed-in users who may see
 * the requirement; 404 for everyone else, so that an attachment id reveals nothing.
 */
export async function GET(_request: Request, context: RouteContext<"/files/attachments/[id]">) {
  const { id } = await context.params;
  try {
    const file = await getAttachmentDownload(await currentActor(), { attachmentId: id });
    const { stream, sizeBytes } = await openStoredFile(file.storageKey);
    return new Response(stream, { headers: fileDownloadHeaders({ ...file, sizeBytes }) });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
