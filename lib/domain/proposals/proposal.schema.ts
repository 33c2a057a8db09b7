import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";
import { proposalDraftSchema } from "./proposal-content.schema";

/** Same limits as PROPOSAL_ATTACHMENT_RULES (lib/storage, server-only); a test keeps them equal. */
export const PROPOSAL_ATTACHMENT_LIMITS = { maxBytes: 50 * 1024 * 1024, perProposal: 20 } as const;
/** What the file input offers; the server decides by the file's bytes. */
export const PROPOSAL_ATTACHMENT_ACCEPT =
  ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.zip,.png,.jpg,.jpeg,.webp";

export const requirementRefSchema = z.object({ requirementId: z.string().min(1) });

export const saveProposalDraftSchema = requirementRefSchema.extend({
  content: proposalDraftSchema,
});

/** An Idempotency-Key: a client's unique name for one submission, so that a retry is the same. */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8, errorKey("idempotencyKey"))
  .max(100, errorKey("idempotencyKey"))
  .regex(/^[\x21-\x7e]+$/, errorKey("idempotencyKey"));

/** Submits the saved draft, or `content` (saved as the draft first, in the same transaction). */
export const submitProposalSchema = requirementRefSchema.extend({
  content: proposalDraftSchema.optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});

export const addProposalAttachmentSchema = requirementRefSchema.extend({
  file: z
    .file({ error: errorKey("fileMissing") })
    .min(1, errorKey("fileMissing"))
    .max(PROPOSAL_ATTACHMENT_LIMITS.maxBytes, errorKey("fileTooLarge", { mb: 50 })),
});

export const proposalAttachmentRefSchema = z.object({ attachmentId: z.string().min(1) });

export const receiptRefSchema = requirementRefSchema.extend({
  version: z.coerce.number().int().min(1),
});

export type SaveProposalDraftInput = z.input<typeof saveProposalDraftSchema>;
export type SubmitProposalInput = z.input<typeof submitProposalSchema>;
export type AddProposalAttachmentInput = z.input<typeof addProposalAttachmentSchema>;
export type ProposalAttachmentRef = z.input<typeof proposalAttachmentRefSchema>;
export type RequirementRef = z.input<typeof requirementRefSchema>;
export type ReceiptRef = z.input<typeof receiptRefSchema>;
