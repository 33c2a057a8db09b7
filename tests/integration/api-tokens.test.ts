import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateApiToken } from "@/lib/domain/api-tokens/authenticate-api-token";
import { createApiToken, MAX_ACTIVE_API_TOKENS } from "@/lib/domain/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/domain/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/domain/api-tokens/revoke-api-token";
import { suspendUser } from "@/lib/domain/admin/suspend-user";
import { hashToken } from "@/lib/security/tokens";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createCast, createUser, type Role } from "@/tests/helpers/actors";
import { unknownOrigin } from "@/tests/helpers/origin";

setUpTestDatabase();

type Outcome = "allowed" | "UNAUTHENTICATED" | "NOT_FOUND";
const ROLES: Role[] = ["visitor", "owner", "otherOwner", "admin"];

/** The cast, and a token of `owner` (the "user" of these tables) that the others act on. */
async function castWithToken() {
  const cast = await createCast();
  const token = await createApiToken(
    cast.owner.actor,
    { name: "看板同步", scope: "READ" },
    unknownOrigin,
  );
  return { ...cast, token };
}

async function expectOutcome(outcome: Outcome, call: () => Promise<unknown>) {
  if (outcome === "allowed") await call();
  else await expect(call()).rejects.toMatchObject({ code: outcome });
}

describe("who may do what with API tokens", () => {
  const anySignedIn: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "allowed",
    owner: "allowed",
    otherOwner: "allowed",
    admin: "allowed",
  };
  const tokenOwnerOnly: Record<Role, Outcome> = {
    ...anySignedIn,
    otherOwner: "NOT_FOUND",
    admin: "NOT_FOUND",
  };

  it.each(ROLES)("create a token as %s", async (role) => {
    const { roles } = await createCast();
    await expectOutcome(anySignedIn[role], () =>
      createApiToken(roles[role], { name: "脚本", scope: "READ" }, unknownOrigin),
    );
    expect(await db.apiToken.count()).toBe(anySignedIn[role] === "allowed" ? 1 : 0);
  });

  it.each(ROLES)("list tokens as %s: only one's own", async (role) => {
    const { roles } = await castWithToken();
    if (anySignedIn[role] !== "allowed") {
      await expectOutcome(anySignedIn[role], () => listApiTokens(roles[role]));
      return;
    }
    const names = (await listApiTokens(roles[role])).map((t) => t.name);
    expect(names).toEqual(role === "owner" ? ["看板同步"] : []);
  });

  it.each(ROLES)("revoke the user's token as %s", async (role) => {
    const { roles, token } = await castWithToken();
    const before = await db.auditEvent.count();
    await expectOutcome(tokenOwnerOnly[role], () =>
      revokeApiToken(roles[role], { tokenId: token.id }),
    );
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    const allowed = tokenOwnerOnly[role] === "allowed";
    expect(stored.revokedAt !== null).toBe(allowed);
    expect(await db.auditEvent.count()).toBe(before + (allowed ? 1 : 0));
  });
});

describe("creating a token", () => {
  it("returns the secret once and stores only its hash and prefix, with an audit event", async () => {
    const { actor, user } = await createUser();
    const created = await createApiToken(
      actor,
      { name: "  报表  ", scope: "READ_WRITE" },
      unknownOrigin,
    );
    expect(created.plaintext).toMatch(/^zp_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({
      userId: user.id,
      name: "报表",
      scope: "READ_WRITE",
      tokenHash: hashToken(created.plaintext),
      prefix: created.plaintext.slice(0, 11),
    });
    expect(JSON.stringify(stored)).not.toContain(created.plaintext);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(event).toMatchObject({ action: "api-token.create", actorUserId: user.id });
    expect(JSON.stringify(event.after)).not.toContain(created.plaintext);
  });

  it("refuses a blank name and an unknown scope, naming the fields", async () => {
    const { actor } = await createUser();
    await expect(
      createApiToken(actor, { name: " ", scope: "ADMIN" as never }, unknownOrigin),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: ["required"], scope: ["choose"] },
    });
  });

  it(`stops at ${MAX_ACTIVE_API_TOKENS} active tokens; revoking one makes room`, async () => {
    const { actor, user } = await createUser();
    await db.apiToken.createMany({
      data: Array.from({ length: MAX_ACTIVE_API_TOKENS }, (_, i) => ({
        userId: user.id,
        name: `t${i}`,
        tokenHash: `hash${i}`,
        prefix: "zp_x",
      })),
    });
    const newOne = () => createApiToken(actor, { name: "再来一个", scope: "READ" }, unknownOrigin);
    await expect(newOne()).rejects.toMatchObject({ code: "CONFLICT", message: "apiTokenLimit" });
    const first = await db.apiToken.findFirstOrThrow({ where: { name: "t0" } });
    await revokeApiToken(actor, { tokenId: first.id });
    await expect(newOne()).resolves.toMatchObject({ name: "再来一个" });
  });
});

describe("revoking a token", () => {
  it("refuses to revoke it twice", async () => {
    const { owner, token } = await castWithToken();
    await revokeApiToken(owner.actor, { tokenId: token.id });
    await expect(revokeApiToken(owner.actor, { tokenId: token.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "apiTokenRevoked",
    });
  });

  it("lists it as revoked, newest first, never with the secret", async () => {
    const { owner, token } = await castWithToken();
    const second = await createApiToken(
      owner.actor,
      { name: "第二个", scope: "READ_WRITE" },
      unknownOrigin,
    );
    await revokeApiToken(owner.actor, { tokenId: token.id });
    const list = await listApiTokens(owner.actor);
    expect(list.map((t) => [t.name, t.state])).toEqual([
      ["第二个", "active"],
      ["看板同步", "revoked"],
    ]);
    expect(JSON.stringify(list)).not.toContain(second.plaintext);
    expect(list[0]).not.toHaveProperty("tokenHash");
  });
});

describe("authenticating with a token", () => {
  it("speaks for its user with the token's scope, and records when it was used", async () => {
    const { owner, token } = await castWithToken();
    const credential = await authenticateApiToken(token.plaintext);
    expect(credential).toEqual({ actor: owner.actor, scope: "READ", tokenId: token.id });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const { token } = await castWithToken();
    const recently = new Date(Date.now() - 10_000);
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: recently } });
    await authenticateApiToken(token.plaintext);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(
      recently,
    );
  });

  it("refuses unknown, malformed and revoked tokens", async () => {
    const { owner, token } = await castWithToken();
    expect(await authenticateApiToken(`zp_${"A".repeat(43)}`)).toBeNull();
    expect(await authenticateApiToken(token.plaintext.slice(0, -1))).toBeNull();
    expect(await authenticateApiToken("")).toBeNull();
    await revokeApiToken(owner.actor, { tokenId: token.id });
    expect(await authenticateApiToken(token.plaintext)).toBeNull();
  });

  it("stops working when its user is suspended, and stays dead after reactivation", async () => {
    const { owner, admin, token } = await castWithToken();
    // Created a second earlier: a suspension in the same second as the creation cannot tell.
    await db.apiToken.update({
      where: { id: token.id },
      data: { createdAt: new Date(Date.now() - 2_000) },
    });
    await suspendUser(admin.actor, { userId: owner.user.id, reason: "违规" });
    expect(await authenticateApiToken(token.plaintext)).toBeNull();
    await db.user.update({ where: { id: owner.user.id }, data: { status: "ACTIVE" } });
    expect(await authenticateApiToken(token.plaintext)).toBeNull();
    const [listed] = await listApiTokens(owner.actor);
    expect(listed?.state).toBe("invalidated");
  });
});
