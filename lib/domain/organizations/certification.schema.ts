import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { calendarDate } from "@/lib/validation/typed-fields";

/** A vendor's certification (资质认证): name unique within the organization. */
export const certificationSchema = z.object({
  name: requiredText(100),
  issuer: optionalText(100),
  validUntil: calendarDate(),
});

export const removeCertificationSchema = z.object({ id: z.string().min(1) });

export type CertificationInput = z.input<typeof certificationSchema>;
export type RemoveCertificationInput = z.input<typeof removeCertificationSchema>;
