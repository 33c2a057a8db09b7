import "server-only";
/** One job per published requirement, due at its proposal deadline. */
export const DEADLINE_QUEUE = "requirement-deadline";
/** Every minute: closes whatever is overdue (missed jobs, downtime, imported requirements). */
export const DEADLINE_SWEEP_QUEUE = "requirement-deadline-sweep";

/**
 * Every queue of the app. pg-boss 10 keeps each queue in a table of its own, which only the
 * schema's owner may create: the migrations create them (scripts/db/install-job-queue.ts), and
 * the app's role only reads and writes jobs. A new queue goes in this list.
 */
export const JOB_QUEUES = [DEADLINE_QUEUE, DEADLINE_SWEEP_QUEUE] as const;
