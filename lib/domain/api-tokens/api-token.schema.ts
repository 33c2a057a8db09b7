import { z } from "zod";
import { ApiTokenScope } from "@/lib/generated/prisma/enums";
import { errorKey, requiredText } from "@/lib/validation/fields";

/** A new personal API token: a name to tell it apart, and what it may do. */
export const createApiTokenSchema = z.object({
  name: requiredText(60),
  scope: z.enum(ApiTokenScope, { error: errorKey("choose") }),
});

/** The token a user revokes. */
export const apiTokenTargetSchema = z.object({ tokenId: z.string().min(1).max(100) });

export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
export type ApiTokenTarget = z.input<typeof apiTokenTargetSchema>;
