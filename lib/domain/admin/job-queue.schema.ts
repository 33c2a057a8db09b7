import { z } from "zod";
import { JOB_QUEUES } from "@/lib/jobs/queue-names";

/** A failed job to put back in its queue. */
export const retryJobSchema = z.object({
  queue: z.enum(JOB_QUEUES),
  id: z.uuid(),
});

export type RetryJobInput = z.input<typeof retryJobSchema>;
