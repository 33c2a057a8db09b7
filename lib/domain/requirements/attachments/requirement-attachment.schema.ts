import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";

/** Same limits as ATTACHMENT_RULES (lib/storage, server-only); the attachment tests keep them equal. */
export const ATTACHMENT_LIMITS = { maxBytes: 20 * 1024 * 1024, perRequirement: 10 } as const;
/** What the file input offers; the server decides by the file's bytes. */
export const ATTACHMENT_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg";

const mb = ATTACHMENT_LIMITS.maxBytes / 1024 / 1024;

/** The size is checked early (in the browser too); the type only on the server, from the bytes. */
export const addRequirementAttachmentSchema = z.object({
  requirementId: z.string().min(1),
  file: z
    .file({ error: errorKey("fileMissing") })
    .min(1, errorKey("fileMissing"))
    .max(ATTACHMENT_LIMITS.maxBytes, errorKey("fileTooLarge", { mb })),
});

export const attachmentIdSchema = z.object({ attachmentId: z.string().min(1) });

export type AddRequirementAttachmentInput = z.input<typeof addRequirementAttachmentSchema>;
export type AttachmentIdInput = z.input<typeof attachmentIdSchema>;
