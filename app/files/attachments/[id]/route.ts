import { currentActor } from "@/lib/auth/current-actor";
import { getAttachmentDownload } from "@/lib/domain/requirements/attachments/get-attachment-download";
import { storedFileDownload } from "@/lib/http/stored-file-download";

/**
 * A requirement attachment, downloaded under its original name by signed-in users who may see
 * the requirement; 404 for everyone else, so that an attachment id reveals nothing.
 */
export async function GET(_request: Request, context: RouteContext<"/files/attachments/[id]">) {
  const { id } = await context.params;
  return storedFileDownload(async () =>
    getAttachmentDownload(await currentActor(), { attachmentId: id }),
  );
}
