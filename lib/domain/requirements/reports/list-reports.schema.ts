import { z } from "zod";
import { ReportStatus } from "@/lib/generated/prisma/enums";

/** Which reports to list: the open queue by default, or the handled ones. */
export const listReportsSchema = z.object({
  status: z.enum(ReportStatus).default("OPEN"),
});

export type ListReportsInput = z.input<typeof listReportsSchema>;
