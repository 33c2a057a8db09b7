import { currentActor } from "@/lib/auth/current-actor";
import { getProposalAttachmentDownload } from "@/lib/domain/proposals/get-proposal-attachment-download";
import { storedFileDownload } from "@/lib/http/stored-file-download";

/** A proposal's file, for the submitting vendor's members only; 404 for everyone else (sealed). */
export async function GET(
  _request: Request,
  context: RouteContext<"/files/proposal-attachments/[id]">,
) {
  const { id } = await context.params;
  return storedFileDownload(async () =>
    getProposalAttachmentDownload(await currentActor(), { attachmentId: id }),
  );
}
