import "server-only";
import type { Actor } from "@/lib/auth/actor";
import {
  CLOSE_BATCH,
  closeAtDeadline,
} from "@/lib/domain/requirements/transitions/close-at-deadline";
import { getQueue } from "./queue";
import { DEADLINE_QUEUE, DEADLINE_SWEEP_QUEUE } from "./queue-names";

const JOB_ACTOR: Actor = { kind: "system", name: "job" };

/** Queues the closing of `requirementId` at `deadline`. */
export async function scheduleDeadline(requirementId: string, deadline: Date): Promise<void> {
  const boss = await getQueue();
  await boss.send(DEADLINE_QUEUE, { requirementId }, { startAfter: deadline });
}

async function sweepOverdue(): Promise<void> {
  let closed: string[];
  do {
    ({ closed } = await closeAtDeadline(JOB_ACTOR));
  } while (closed.length === CLOSE_BATCH);
}

/** Runs the deadline handlers in this process and keeps the sweep on its every-minute schedule. */
export async function workDeadlines(): Promise<void> {
  const boss = await getQueue();
  // The result is kept as the job's output: which requirement the job actually closed.
  await boss.work<{ requirementId: string }>(DEADLINE_QUEUE, async (jobs) => {
    const closed: string[] = [];
    for (const job of jobs) closed.push(...(await closeAtDeadline(JOB_ACTOR, job.data)).closed);
    return { closed };
  });
  await boss.work(DEADLINE_SWEEP_QUEUE, sweepOverdue);
  await boss.schedule(DEADLINE_SWEEP_QUEUE, "* * * * *");
  // Catch up at once with what became overdue while no worker ran.
  await boss.send(DEADLINE_SWEEP_QUEUE, {});
}
