import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getJobQueueStatus, retryJob } from "@/lib/domain/admin/job-queue";
import { getQueue } from "@/lib/jobs/queue";
import { DIGEST_QUEUE, EMAIL_QUEUE } from "@/lib/jobs/queue-names";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

const adminOnly: Record<Role, string> = {
  visitor: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  owner: "FORBIDDEN",
  otherOwner: "FORBIDDEN",
  admin: "allowed",
};

const outcome = (attempt: Promise<unknown>) =>
  attempt.then(
    () => "allowed",
    (error: { code: string }) => error.code,
  );

/** A job of `queue` that failed with `message`, as pg-boss records one out of retries. */
async function failedJob(queue: string, message: string): Promise<string> {
  const boss = await getQueue();
  const id = (await boss.send(queue, { test: true }, { retryLimit: 0 }))!;
  await db.$executeRaw`UPDATE pgboss.job SET state = 'failed', completed_on = now(),
    output = ${JSON.stringify({ message })}::jsonb WHERE id = ${id}::uuid`;
  return id;
}

describe("who may see and retry the background jobs", () => {
  it.each(ALL_ROLES)("%s reads the status", async (role) => {
    const cast = await createCast();
    expect(await outcome(getJobQueueStatus(cast.roles[role]))).toBe(adminOnly[role]);
  });

  it.each(ALL_ROLES)("%s retries a failed job", async (role) => {
    const cast = await createCast();
    const id = await failedJob(DIGEST_QUEUE, "boom");
    expect(await outcome(retryJob(cast.roles[role], { queue: DIGEST_QUEUE, id }))).toBe(
      adminOnly[role],
    );
  });
});

describe("the job queue's status", () => {
  it("lists failed jobs with their error and retries one, audited", async () => {
    const { actor } = await createUser({ isAdmin: true });
    const id = await failedJob(DIGEST_QUEUE, "SMTP 454 try later");
    const { failed } = await getJobQueueStatus(actor);
    expect(failed).toContainEqual(
      expect.objectContaining({ id, queue: DIGEST_QUEUE, error: "SMTP 454 try later" }),
    );

    await retryJob(actor, { queue: DIGEST_QUEUE, id });
    const [row] = await db.$queryRaw<{ state: string }[]>`
      SELECT state::text FROM pgboss.job WHERE id = ${id}::uuid`;
    expect(row!.state).toBe("retry");
    expect(await db.auditEvent.count({ where: { action: "job.retry", entityId: id } })).toBe(1);
    await expect(retryJob(actor, { queue: DIGEST_QUEUE, id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("shows each queue's backlog and the oldest waiting job's age", async () => {
    const { actor } = await createUser({ isAdmin: true });
    const boss = await getQueue();
    const id = (await boss.send(EMAIL_QUEUE, { deliveryId: "none" }))!;
    await db.$executeRaw`UPDATE pgboss.job SET created_on = now() - interval '10 minutes'
      WHERE id = ${id}::uuid`;
    const { queues } = await getJobQueueStatus(actor);
    const email = queues.find((q) => q.queue === EMAIL_QUEUE)!;
    expect(email.waiting).toBeGreaterThanOrEqual(1);
    expect(email.oldestWaitingSeconds).toBeGreaterThanOrEqual(600);
  });
});
