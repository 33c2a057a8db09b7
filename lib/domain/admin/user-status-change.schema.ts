import { z } from "zod";
import { optionalText } from "@/lib/validation/fields";

/** Suspending or reactivating a user: whom, and optionally why (kept in the audit log). */
export const userStatusChangeSchema = z.object({
  userId: z.string().min(1),
  reason: optionalText(500),
});

export type UserStatusChangeInput = z.input<typeof userStatusChangeSchema>;
