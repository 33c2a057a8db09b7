import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

describe("the audit log", () => {
  async function writeEvent() {
    await db.$transaction((tx) =>
      recordAuditEvent(
        tx,
        { kind: "system", name: "cli" },
        {
          entityType: "requirement",
          entityId: "r1",
          action: "requirement.approve",
          reason: "符合发布要求",
          before: { status: "PENDING_REVIEW" },
          after: { status: "PUBLISHED" },
        },
      ),
    );
    return db.auditEvent.findFirstOrThrow();
  }

  it("records who, what, why, before and after", async () => {
    const event = await writeEvent();
    expect(event).toMatchObject({
      actorKind: "cli",
      actorUserId: null,
      action: "requirement.approve",
      reason: "符合发布要求",
      before: { status: "PENDING_REVIEW" },
      after: { status: "PUBLISHED" },
    });
    expect(event.createdAt).toBeInstanceOf(Date);
  });

  // The app's role lacks the privilege; the owner meets the triggers (database-roles.test.ts).
  it("is refused by the database when the app updates an event", async () => {
    const event = await writeEvent();
    await expect(
      db.auditEvent.update({ where: { id: event.id }, data: { reason: "篡改" } }),
    ).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET reason = 'x'`).rejects.toThrow(
      /permission denied/,
    );
    expect((await db.auditEvent.findFirstOrThrow()).reason).toBe("符合发布要求");
  });

  it("is refused by the database when the app deletes an event", async () => {
    await writeEvent();
    await expect(db.auditEvent.deleteMany()).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow(/permission denied/);
    expect(await db.auditEvent.count()).toBe(1);
  });
});
