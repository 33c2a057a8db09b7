import { z } from "zod";
import { shanghaiDateTime } from "@/lib/validation/typed-fields";
import { errorKey } from "@/lib/validation/fields";
import { reasonedTransitionSchema } from "../transitions/transition.schema";

/**
 * New proposal and/or question deadlines (Beijing time from the form, ISO instants from the API),
 * and the reason published with the change notice (变更公告).
 */
export const changeDeadlinesSchema = reasonedTransitionSchema
  .extend({ deadline: shanghaiDateTime(), questionDeadline: shanghaiDateTime() })
  .refine((input) => input.deadline || input.questionDeadline, {
    message: errorKey("deadlineChangeEmpty"),
    path: ["deadline"],
  });

export type ChangeDeadlinesInput = z.input<typeof changeDeadlinesSchema>;
