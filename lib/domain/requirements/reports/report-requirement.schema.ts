import { z } from "zod";
import { ReportReason } from "@/lib/generated/prisma/enums";
import { errorKey, optionalText } from "@/lib/validation/fields";

/** A signed-in user flags a listing; "other" needs the details that explain it. */
export const reportRequirementSchema = z
  .object({
    requirementId: z.string().min(1),
    reason: z.enum(ReportReason, { error: errorKey("choose") }),
    details: optionalText(2000),
  })
  .refine((report) => report.reason !== "OTHER" || report.details, {
    message: errorKey("required"),
    path: ["details"],
  });

export type ReportRequirementInput = z.input<typeof reportRequirementSchema>;
