import "server-only";
import { workDeadlines } from "./deadline-jobs";
import { workDigests } from "./digest-jobs";
import { workEmail } from "./email-jobs";
import { workNewRequirements } from "./new-requirement-jobs";
import { stopQueue } from "./queue";
import { workDeadlineReminders } from "./reminder-jobs";

/**
 * Starts every background worker of the app in this process (`npm run worker`, and inside
 * `npm run demo`). Any number of processes may run them: pg-boss hands each job to one.
 */
export async function startWorkers(): Promise<{ stop(): Promise<void> }> {
  await workDeadlines();
  await workEmail();
  await workDeadlineReminders();
  await workNewRequirements();
  await workDigests();
  return { stop: stopQueue };
}
