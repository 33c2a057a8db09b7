import "server-only";

import type { ProposalReceipt } from "./receipt";

/**
 * The receipt as the vendor keeps it (download, API): what was received, when by the platform's
 * database clock, and the digest with how to check it.
 */
export function receiptDocument(receipt: ProposalReceipt) {
  return {
    type: "zhipei.proposal-receipt",
    requirement: {
      id: receipt.requirementId,
      projectNumber: receipt.projectNumber,
      title: receipt.requirementTitle,
    },
    vendor: receipt.vendorName,
    proposalId: receipt.proposalId,
    version: receipt.version,
    receivedAt: receipt.receivedAt.toISOString(),
    priceCny: receipt.priceCny,
    attachments: receipt.attachments,
    digest: { algorithm: "SHA-256", value: receipt.digest },
    verification:
      "SHA-256 over the canonical JSON (object keys sorted, no whitespace) of " +
      "{ requirementId, vendorOrgId, version, content, attachments: [{ name, sha256, sizeBytes }] }",
  };
}
