import { expect } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "./actors";

export type Outcome = "allowed" | "FORBIDDEN" | "UNAUTHENTICATED";

/**
 * Asserts one row of an authorization table: the allowed roles' call succeeds (and, for a write,
 * is audited); every other role is refused with the expected code and no audit event is written.
 * The caller checks the rows the use case writes.
 */
export async function expectOutcome(
  expected: Record<Role, Outcome>,
  role: Role,
  call: () => Promise<unknown>,
  { writes = true } = {},
): Promise<void> {
  const before = await db.auditEvent.count();
  if (expected[role] === "allowed") {
    await call();
    if (writes) expect(await db.auditEvent.count()).toBeGreaterThan(before);
  } else {
    await expect(call()).rejects.toMatchObject({ code: expected[role] });
    expect(await db.auditEvent.count()).toBe(before);
  }
}

/** Owners only; visitors are asked to sign in. */
export const OWNER_ONLY: Record<Role, Outcome> = {
  visitor: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  owner: "allowed",
  otherOwner: "FORBIDDEN",
  admin: "FORBIDDEN",
};
