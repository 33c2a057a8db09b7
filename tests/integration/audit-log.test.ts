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

  it("is refused by the database when an event is updated", async () => {
    const event = await writeEvent();
    await expect(
      db.auditEvent.update({ where: { id: event.id }, data: { reason: "篡改" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET reason = 'x'`).rejects.toThrow(
      /append-only/,
    );
    expect((await db.auditEvent.findFirstOrThrow()).reason).toBe("符合发布要求");
  });

  it("is refused by the database when an event is deleted", async () => {
    await writeEvent();
    await expect(db.auditEvent.deleteMany()).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(1);
  });
});
