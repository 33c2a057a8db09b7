import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { notFound } from "@/lib/domain/errors";
import { getQueue } from "@/lib/jobs/queue";
import { JOB_QUEUES } from "@/lib/jobs/queue-names";
import { parseInput } from "@/lib/validation/parse-input";
import { retryJobSchema, type RetryJobInput } from "./job-queue.schema";

const SHOWN = 50;

export interface FailedJob {
  id: string;
  queue: string;
  error: string;
  retries: number;
  failedAt: Date;
}

export interface QueueBacklog {
  queue: string;
  /** Jobs due now and not started (created or waiting for a retry). */
  waiting: number;
  /** How long the oldest of them has waited, in seconds; null when none waits. */
  oldestWaitingSeconds: number | null;
}

export interface WaitingEmail {
  id: string;
  kind: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

const errorOf = (output: unknown): string => {
  if (output && typeof output === "object" && "message" in output) return String(output.message);
  return output === null || output === undefined ? "" : JSON.stringify(output);
};

async function failedJobs(): Promise<FailedJob[]> {
  const rows = await db.$queryRaw<
    { id: string; name: string; output: unknown; retry_count: number; completed_on: Date }[]
  >`SELECT id::text, name, output, retry_count, completed_on FROM pgboss.job
    WHERE state = 'failed' ORDER BY completed_on DESC LIMIT ${SHOWN}`;
  return rows.map((row) => ({
    id: row.id,
    queue: row.name,
    error: errorOf(row.output).slice(0, 2000),
    retries: row.retry_count,
    failedAt: row.completed_on,
  }));
}

async function backlog(): Promise<QueueBacklog[]> {
  const rows = await db.$queryRaw<{ name: string; waiting: number; oldest: number | null }[]>`
    SELECT name, count(*)::int AS waiting,
           extract(epoch FROM now() - min(created_on))::float8 AS oldest
    FROM pgboss.job WHERE state IN ('created', 'retry') AND start_after <= now()
    GROUP BY name`;
  const byName = new Map(rows.map((row) => [row.name, row]));
  return JOB_QUEUES.map((queue) => {
    const row = byName.get(queue);
    return {
      queue,
      waiting: row?.waiting ?? 0,
      oldestWaitingSeconds: row?.oldest === null || !row ? null : Math.round(row.oldest),
    };
  });
}

/** Outbox email not sent yet that has failed at least once (SMTP refused it or was down). */
const failingEmail = (): Promise<WaitingEmail[]> =>
  db.emailDelivery.findMany({
    where: { status: { in: ["PENDING", "SENDING"] }, lastError: { not: null } },
    orderBy: { createdAt: "asc" },
    take: SHOWN,
    select: { id: true, kind: true, attempts: true, lastError: true, createdAt: true },
  });

/**
 * Admins: the background jobs' health — failed jobs with their error (newest first), each queue's
 * backlog and the age of its oldest waiting job, and outbox email that keeps failing.
 */
export async function getJobQueueStatus(actor: Actor) {
  requireAdmin(actor);
  const [failed, queues, email] = await Promise.all([failedJobs(), backlog(), failingEmail()]);
  return { failed, queues, email };
}

/** An admin puts a failed job back in its queue (pg-boss's retry); audited. */
export async function retryJob(actor: Actor, input: RetryJobInput) {
  const admin = requireAdmin(actor);
  const { queue, id } = parseInput(retryJobSchema, input);
  const [failed] = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM pgboss.job WHERE name = ${queue} AND id = ${id}::uuid AND state = 'failed'`;
  if (!failed) throw notFound("Job");
  await (await getQueue()).retry(queue, id);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, admin, {
      entityType: "job",
      entityId: id,
      action: "job.retry",
      after: { queue },
    }),
  );
}
