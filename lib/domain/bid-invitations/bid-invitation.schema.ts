import { z } from "zod";
import { errorKey, optionalText } from "@/lib/validation/fields";

const id = z
  .string({ error: errorKey("required") })
  .trim()
  .min(1, errorKey("required"))
  .max(100);

export const INVITATION_MESSAGE_MAX = 1000;

/** An enterprise invites a vendor to bid on one of its requirements, with an optional note. */
export const inviteVendorSchema = z.object({
  requirementId: id,
  vendorId: id,
  message: optionalText(INVITATION_MESSAGE_MAX),
});
export type InviteVendorInput = z.input<typeof inviteVendorSchema>;

/** The requirement whose invitations are listed, or which an invited vendor has opened. */
export const invitationRequirementSchema = z.object({ requirementId: id });
