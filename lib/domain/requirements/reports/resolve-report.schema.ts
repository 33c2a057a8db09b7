import { z } from "zod";
import { errorKey, requiredText } from "@/lib/validation/fields";

/** An admin closes an open report: acted on (RESOLVED) or unfounded (DISMISSED), saying why. */
export const resolveReportSchema = z.object({
  reportId: z.string().min(1),
  outcome: z.enum(["RESOLVED", "DISMISSED"], { error: errorKey("choose") }),
  resolution: requiredText(1000),
});

export type ResolveReportInput = z.input<typeof resolveReportSchema>;
