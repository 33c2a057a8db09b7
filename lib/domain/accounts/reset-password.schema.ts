import { z } from "zod";
import { newPasswordFields, passwordsMatch } from "@/lib/validation/fields";

export const resetPasswordSchema = passwordsMatch(
  z.object({ token: z.string().min(10).max(200), ...newPasswordFields() }),
);
