import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

const requestId = z.string().min(1);

/** Approve, or reject with the reason the organization's members will read. */
export const decideVerificationSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), requestId }),
  z.object({ decision: z.literal("reject"), requestId, reason: requiredText(500) }),
]);

export type DecideVerificationInput = z.input<typeof decideVerificationSchema>;
