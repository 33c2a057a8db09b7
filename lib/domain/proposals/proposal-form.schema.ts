import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";

/**
 * The editor's form: the content travels as one JSON field (its lists have rows added and
 * removed in the browser); the use cases parse it with the proposal's own schemas.
 */
export const proposalFormSchema = z.object({
  requirementId: z.string().min(1),
  intent: z.enum(["save", "submit"]),
  content: z.string().transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: errorKey("invalid") });
      return z.NEVER;
    }
  }),
});
