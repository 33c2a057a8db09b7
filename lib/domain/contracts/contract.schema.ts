import { z } from "zod";
import { errorKey, optionalText, requiredText } from "@/lib/validation/fields";

export const CONTRACT_LIMITS = {
  contractNumber: 100,
  maxAmountCny: 2_000_000_000,
  acceptanceNotes: 5_000,
  ratingComment: 2_000,
  documentBytes: 20 * 1024 * 1024,
} as const;

/** What the file input offers; the server decides by the file's bytes (DOCUMENT_RULES). */
export const SIGNED_DOCUMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg";

const mb = CONTRACT_LIMITS.documentBytes / 1024 / 1024;

/** The enterprise records the signed contract of an awarded requirement. */
export const recordSigningSchema = z.object({
  requirementId: z.string().min(1),
  contractNumber: requiredText(CONTRACT_LIMITS.contractNumber),
  amountCny: z.coerce
    .number({ error: errorKey("wholeNumber") })
    .int(errorKey("wholeNumber"))
    .min(1, errorKey("numberRange", { min: 1, max: CONTRACT_LIMITS.maxAmountCny }))
    .max(
      CONTRACT_LIMITS.maxAmountCny,
      errorKey("numberRange", { min: 1, max: CONTRACT_LIMITS.maxAmountCny }),
    ),
  signedOn: z.iso.date({ error: errorKey("date") }),
  document: z
    .file({ error: errorKey("fileMissing") })
    .min(1, errorKey("fileMissing"))
    .max(CONTRACT_LIMITS.documentBytes, errorKey("fileTooLarge", { mb })),
});

/** The enterprise accepts the delivery (验收) and rates the vendor. */
export const recordCompletionSchema = z.object({
  requirementId: z.string().min(1),
  acceptanceNotes: requiredText(CONTRACT_LIMITS.acceptanceNotes),
  rating: z.coerce
    .number({ error: errorKey("wholeNumber") })
    .int(errorKey("wholeNumber"))
    .min(1, errorKey("numberRange", { min: 1, max: 5 }))
    .max(5, errorKey("numberRange", { min: 1, max: 5 })),
  ratingComment: optionalText(CONTRACT_LIMITS.ratingComment),
});

export type RecordSigningInput = z.input<typeof recordSigningSchema>;
export type RecordCompletionInput = z.input<typeof recordCompletionSchema>;
