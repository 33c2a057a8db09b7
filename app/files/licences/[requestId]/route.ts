import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { getVerificationLicense } from "@/lib/domain/verification/get-verification-license";
import { fileDownloadHeaders } from "@/lib/http/file-download";

/**
 * A verification request's business licence, downloaded as a file by admins and the requesting
 * organization's members; 404 for everyone else (signed in or not), so that a request id
 * reveals nothing.
 */
export async function GET(_request: Request, context: RouteContext<"/files/licences/[requestId]">) {
  const { requestId } = await context.params;
  try {
    const file = await getVerificationLicense(await currentActor(), { requestId });
    return new Response(new Uint8Array(file.bytes), {
      headers: fileDownloadHeaders({ ...file, sizeBytes: file.bytes.length }),
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
