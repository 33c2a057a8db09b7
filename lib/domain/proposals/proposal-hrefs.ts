import "server-only";

/** Where a vendor downloads one of its proposal's files (404 for everyone else). */
export const proposalAttachmentHref = (attachmentId: string) =>
  `/files/proposal-attachments/${encodeURIComponent(attachmentId)}`;

/** Where a vendor downloads the receipt of one of its submissions. */
export const proposalReceiptHref = (requirementId: string, version: number) =>
  `/files/receipts/${encodeURIComponent(requirementId)}/${version}`;

/** The vendor's proposal editor for a requirement. */
export const proposalEditorHref = (requirementId: string) =>
  `/requirements/${encodeURIComponent(requirementId)}/proposal`;
