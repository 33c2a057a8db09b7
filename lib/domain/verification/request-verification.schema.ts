import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";

/** Same limit as DOCUMENT_RULES (lib/storage, server-only); the licence test keeps them equal. */
export const LICENSE_MAX_BYTES = 20 * 1024 * 1024;
/** What the file input offers; the server decides by the file's bytes (PDF, PNG or JPEG). */
export const LICENSE_ACCEPT = ".pdf,.png,.jpg,.jpeg";

export const requestVerificationSchema = z.object({
  license: z
    .file({ error: errorKey("fileMissing") })
    .min(1, errorKey("fileMissing"))
    .max(LICENSE_MAX_BYTES, errorKey("fileTooLarge", { mb: LICENSE_MAX_BYTES / 1024 / 1024 })),
});

export type RequestVerificationInput = z.input<typeof requestVerificationSchema>;
