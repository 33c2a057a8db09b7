import "server-only";
import type { Actor } from "@/lib/auth/actor";
import {
  REMIND_BATCH,
  remindBeforeDeadline,
} from "@/lib/domain/requirements/deadlines/remind-before-deadline";
import { getQueue } from "./queue";
import { DEADLINE_REMINDER_QUEUE } from "./queue-names";

const JOB_ACTOR: Actor = { kind: "system", name: "job" };

/** Sends every reminder that is due, in batches; returns the requirements reminded. */
export async function sendDueReminders(): Promise<{ reminded: string[] }> {
  const all: string[] = [];
  let reminded: string[];
  do {
    ({ reminded } = await remindBeforeDeadline(JOB_ACTOR));
    all.push(...reminded);
  } while (reminded.length === REMIND_BATCH);
  return { reminded: all };
}

/** Runs the 24-hour deadline reminders in this process, every hour, and once at start. */
export async function workDeadlineReminders(): Promise<void> {
  const boss = await getQueue();
  await boss.work(DEADLINE_REMINDER_QUEUE, sendDueReminders);
  await boss.schedule(DEADLINE_REMINDER_QUEUE, "0 * * * *");
  await boss.send(DEADLINE_REMINDER_QUEUE, {});
}
