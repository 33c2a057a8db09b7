import { z } from "zod";
import { emailAddress } from "@/lib/validation/fields";

export const inviteMemberSchema = z.object({ email: emailAddress() });

export type InviteMemberInput = z.input<typeof inviteMemberSchema>;
