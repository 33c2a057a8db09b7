import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { getProposalReceipt } from "@/lib/domain/proposals/get-proposal-receipt";
import { receiptDocument } from "@/lib/domain/proposals/receipt-document";
import { generatedFileHeaders } from "@/lib/http/generated-file";

/** A submission's receipt (回执) as a JSON file, for the submitting vendor's members only. */
export async function GET(
  _request: Request,
  context: RouteContext<"/files/receipts/[requirementId]/[version]">,
) {
  const { requirementId, version } = await context.params;
  try {
    const receipt = await getProposalReceipt(await currentActor(), { requirementId, version });
    const name = `receipt-${receipt.projectNumber ?? receipt.requirementId}-v${receipt.version}.json`;
    const body = new TextEncoder().encode(JSON.stringify(receiptDocument(receipt), null, 2));
    return new Response(body, {
      headers: generatedFileHeaders({
        contentType: "application/json; charset=utf-8",
        fileName: name,
        sizeBytes: body.byteLength,
      }),
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
