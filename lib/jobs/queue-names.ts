/** One job per published requirement, due at its proposal deadline. */
export const DEADLINE_QUEUE = "requirement-deadline";
/** Every minute: closes whatever is overdue (missed jobs, downtime, imported requirements). */
export const DEADLINE_SWEEP_QUEUE = "requirement-deadline-sweep";
/** One job per outbox email (lib/notifications/deliver-email.ts). */
export const EMAIL_QUEUE = "email-delivery";
/** Every minute: sends outbox email whose job was lost, or whose retries ran out. */
export const EMAIL_SWEEP_QUEUE = "email-delivery-sweep";
/** Every hour: reminders 24 h before a proposal deadline. */
export const DEADLINE_REMINDER_QUEUE = "deadline-reminder";
/** One job per approved requirement: tells the vendors it fits and the saved searches it matches. */
export const NEW_REQUIREMENT_QUEUE = "requirement-announce";
/** Every hour: the daily and weekly digests (recommended requirements, saved-search hits). */
export const DIGEST_QUEUE = "notification-digest";

/**
 * Every queue of the app. pg-boss 10 keeps each queue in a table of its own, which only the
 * schema's owner may create: the migrations create them (scripts/db/install-job-queue.ts), and
 * the app's role only reads and writes jobs. A new queue goes in this list.
 */
export const JOB_QUEUES = [
  DEADLINE_QUEUE,
  DEADLINE_SWEEP_QUEUE,
  EMAIL_QUEUE,
  EMAIL_SWEEP_QUEUE,
  DEADLINE_REMINDER_QUEUE,
  DIGEST_QUEUE,
  NEW_REQUIREMENT_QUEUE,
] as const;
