import { z } from "zod";
import { errorKey, newPassword } from "@/lib/validation/fields";

export const resetPasswordSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: newPassword(),
    passwordConfirmation: z.string({ error: errorKey("required") }),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    message: errorKey("passwordMismatch"),
    path: ["passwordConfirmation"],
  });
