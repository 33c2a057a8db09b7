import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";

/** Same limit as IMAGE_RULES (lib/storage), which is server-only; a test keeps the two equal. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** The size is checked early (in the browser too); the type only on the server, from the bytes. */
export const organizationLogoSchema = z.object({
  logo: z
    .file({ error: errorKey("fileMissing") })
    .min(1, errorKey("fileMissing"))
    .max(LOGO_MAX_BYTES, errorKey("fileTooLarge", { mb: LOGO_MAX_BYTES / 1024 / 1024 })),
});

export type OrganizationLogoInput = z.input<typeof organizationLogoSchema>;
