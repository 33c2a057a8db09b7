import { buffer } from "node:stream/consumers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { answerQuestion } from "@/lib/domain/questions/answer-question";
import { askQuestion } from "@/lib/domain/questions/ask-question";
import { askerLetter } from "@/lib/domain/questions/asker-label";
import { getQuestionAttachment } from "@/lib/domain/questions/get-question-attachment";
import { listClarifications } from "@/lib/domain/questions/list-clarifications";
import { listOwnQuestions } from "@/lib/domain/questions/list-own-questions";
import { listQuestionInbox } from "@/lib/domain/questions/list-question-inbox";
import { publishAddendum } from "@/lib/domain/questions/publish-addendum";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { openStoredFile } from "@/lib/storage/file-storage";
import { createUser } from "@/tests/helpers/actors";
import { attachmentFile, EXE_BYTES, PDF_BYTES, pdfFile } from "@/tests/helpers/attachment-files";
import { createBiddingScene } from "@/tests/helpers/proposals";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

const HOUR = 3600 * 1000;

async function errorOf(run: () => Promise<unknown>): Promise<DomainError> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const ask = (actor: Actor, requirementId: string, body = "算力由谁提供？") =>
  askQuestion(actor, { requirementId, body });

afterEach(() => {
  vi.useRealTimers();
});

describe("who sees a question", () => {
  it("the asking organization and the enterprise only; other vendors see nothing until it is published, and never the asker", async () => {
    const cast = await createBiddingScene();
    const { actors, requirement } = cast;
    const { questionId } = await ask(actors.vendorMember, requirement.id, "历史工单覆盖多长时间？");

    // A colleague of the asker sees the question; another vendor does not.
    const own = await listOwnQuestions(actors.vendorOwner, { requirementId: requirement.id });
    expect(own.map((q) => q.body)).toEqual(["历史工单覆盖多长时间？"]);
    expect(await listOwnQuestions(actors.otherVendor, { requirementId: requirement.id })).toEqual(
      [],
    );
    expect(await listClarifications(actors.otherVendor, { requirementId: requirement.id })).toEqual(
      [],
    );

    // The enterprise's inbox has it, under a letter; another enterprise's inbox does not.
    const inbox = await listQuestionInbox(actors.enterpriseMember);
    expect(inbox.map((q) => [q.body, q.asker])).toEqual([["历史工单覆盖多长时间？", "A"]]);
    expect(JSON.stringify(inbox)).not.toContain(cast.vendor.org.name);
    expect(await listQuestionInbox(actors.otherEnterprise)).toEqual([]);

    // A private answer reaches the asker only.
    await answerQuestion(actors.enterpriseMember, { questionId, answer: "近三年。" });
    expect(
      (await listOwnQuestions(actors.vendorMember, { requirementId: requirement.id }))[0],
    ).toMatchObject({
      answer: "近三年。",
      published: false,
    });
    expect(await listClarifications(actors.otherVendor, { requirementId: requirement.id })).toEqual(
      [],
    );

    // Published, every vendor reads it, the asker as 供应商 A.
    await answerQuestion(actors.enterpriseOwner, {
      questionId,
      answer: "近三年的数据。",
      publish: true,
    });
    const read = await listClarifications(actors.otherVendor, { requirementId: requirement.id });
    expect(read).toEqual([
      expect.objectContaining({
        kind: "answer",
        question: "历史工单覆盖多长时间？",
        asker: "A",
        body: "近三年的数据。",
      }),
    ]);
    expect(JSON.stringify(read)).not.toContain(cast.vendor.org.name);
    expect(JSON.stringify(read)).not.toContain(cast.vendor.org.id);
  });

  it("publishes the question as the enterprise reworded it", async () => {
    const { actors, requirement } = await createBiddingScene();
    const { questionId } = await ask(
      actors.vendorMember,
      requirement.id,
      "我们公司在某省的项目能否复用？",
    );
    await answerQuestion(actors.enterpriseOwner, {
      questionId,
      answer: "可以复用既有成果。",
      publish: true,
      publishedQuestion: "既有项目成果能否复用？",
    });
    const [published] = await listClarifications(actors.otherVendor, {
      requirementId: requirement.id,
    });
    expect(published?.question).toBe("既有项目成果能否复用？");
  });

  it("refuses a vendor the requirement is not visible to, as if it did not exist", async () => {
    const { actors, requirement } = await createBiddingScene({ visibility: "INVITED" });
    expect((await errorOf(() => ask(actors.vendorMember, requirement.id))).code).toBe("NOT_FOUND");
    expect(
      (
        await errorOf(() =>
          listClarifications(actors.vendorMember, { requirementId: requirement.id }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await db.question.count()).toBe(0);
  });
});

describe("anonymised askers", () => {
  it("gives each asking organization one letter per requirement, in order of its first question", async () => {
    const { actors, requirement } = await createBiddingScene();
    const third = await createUser({ orgId: (await createOrganization({ kind: "VENDOR" })).id });
    const first = await ask(actors.vendorMember, requirement.id, "问题一");
    await ask(actors.otherVendor, requirement.id, "问题二");
    const again = await ask(actors.vendorOwner, requirement.id, "问题三");
    await ask(third.actor, requirement.id, "问题四");
    for (const { questionId } of [first, again]) {
      await answerQuestion(actors.enterpriseOwner, { questionId, answer: "答复", publish: true });
    }
    const inbox = await listQuestionInbox(actors.enterpriseOwner);
    expect(Object.fromEntries(inbox.map((q) => [q.body, q.asker]))).toEqual({
      问题一: "A",
      问题二: "B",
      问题三: "A",
      问题四: "C",
    });
    const published = await listClarifications(third.actor, { requirementId: requirement.id });
    expect(published.map((c) => c.asker)).toEqual(["A", "A"]);
  });

  it("numbers letters as spreadsheet columns, so they never run out", () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(askerLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("letters differ when two organizations ask at the same moment", async () => {
    const { actors, requirement } = await createBiddingScene();
    await Promise.all([
      ask(actors.vendorMember, requirement.id, "甲"),
      ask(actors.otherVendor, requirement.id, "乙"),
    ]);
    const letters = (await listQuestionInbox(actors.enterpriseOwner)).map((q) => q.asker).sort();
    expect(letters).toEqual(["A", "B"]);
  });
});

describe("the question deadline, by the database's clock", () => {
  /** Moves this process's clock `offset` ms away from the database's; returns the database's now. */
  async function skewAppClock(offset: number): Promise<Date> {
    const now = await databaseNow();
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(now.getTime() + offset);
    return now;
  }

  it("refuses a question once the question deadline has passed, though the app's clock says it has not", async () => {
    const { actors, requirement } = await createBiddingScene();
    const now = await skewAppClock(-HOUR);
    await db.requirement.update({
      where: { id: requirement.id },
      data: { questionDeadline: new Date(now.getTime() - 1) },
    });
    const error = await errorOf(() => ask(actors.vendorMember, requirement.id));
    expect([error.code, error.message]).toEqual(["DEADLINE_PASSED", "questionDeadlinePassed"]);
    expect(await db.question.count()).toBe(0);
  });

  it("accepts a question before the question deadline, though the app's clock says it has passed", async () => {
    const { actors, requirement } = await createBiddingScene();
    const now = await skewAppClock(2 * HOUR);
    await db.requirement.update({
      where: { id: requirement.id },
      data: { questionDeadline: new Date(now.getTime() + HOUR) },
    });
    await ask(actors.vendorMember, requirement.id);
    expect(await db.question.count()).toBe(1);
  });

  it("refuses questions once the proposal deadline has passed, and on requirements not published", async () => {
    const { actors, requirement } = await createBiddingScene();
    const now = await databaseNow();
    await db.requirement.update({
      where: { id: requirement.id },
      data: { questionDeadline: null, deadline: new Date(now.getTime() - 1) },
    });
    expect((await errorOf(() => ask(actors.vendorMember, requirement.id))).message).toBe(
      "deadlinePassed",
    );
    await db.requirement.update({
      where: { id: requirement.id },
      data: { status: "AWARDED" },
    });
    expect((await errorOf(() => ask(actors.vendorMember, requirement.id))).code).toBe("CONFLICT");
  });
});

describe("answers, addenda and the inbox", () => {
  it("lists unanswered questions first", async () => {
    const { actors, requirement } = await createBiddingScene();
    const early = await ask(actors.vendorMember, requirement.id, "早");
    await ask(actors.otherVendor, requirement.id, "中");
    await ask(actors.vendorMember, requirement.id, "晚");
    await answerQuestion(actors.enterpriseOwner, { questionId: early.questionId, answer: "已答" });
    const inbox = await listQuestionInbox(actors.enterpriseOwner, {
      requirementId: requirement.id,
    });
    expect(inbox.map((q) => q.body)).toEqual(["中", "晚", "早"]);
  });

  it("keeps a published answer final", async () => {
    const { actors, requirement } = await createBiddingScene();
    const { questionId } = await ask(actors.vendorMember, requirement.id);
    await answerQuestion(actors.enterpriseOwner, { questionId, answer: "一", publish: true });
    const error = await errorOf(() =>
      answerQuestion(actors.enterpriseOwner, { questionId, answer: "二", publish: true }),
    );
    expect([error.code, error.message]).toEqual(["CONFLICT", "questionAlreadyPublished"]);
    expect(await db.clarification.count()).toBe(1);
  });

  it("shows addenda and answers in order of publication, with their dates", async () => {
    const { actors, requirement } = await createBiddingScene();
    const { questionId } = await ask(actors.vendorMember, requirement.id, "问");
    await publishAddendum(actors.enterpriseMember, {
      requirementId: requirement.id,
      body: "补遗一",
    });
    await answerQuestion(actors.enterpriseOwner, { questionId, answer: "答", publish: true });
    const published = await listClarifications(actors.otherVendor, {
      requirementId: requirement.id,
    });
    expect(published.map((c) => [c.kind, c.body, c.asker])).toEqual([
      ["addendum", "补遗一", null],
      ["answer", "答", "A"],
    ]);
    expect(published[0]!.publishedAt.getTime()).toBeLessThanOrEqual(
      published[1]!.publishedAt.getTime(),
    );
  });

  it("accepts answers and addenda until the proposal deadline, by the database's clock", async () => {
    const { actors, requirement } = await createBiddingScene();
    const { questionId } = await ask(actors.vendorMember, requirement.id);
    const now = await databaseNow();
    await db.requirement.update({
      where: { id: requirement.id },
      data: { questionDeadline: null, deadline: new Date(now.getTime() - 1) },
    });
    const late = [
      () => answerQuestion(actors.enterpriseOwner, { questionId, answer: "答", publish: true }),
      () =>
        publishAddendum(actors.enterpriseOwner, { requirementId: requirement.id, body: "补遗" }),
    ];
    for (const run of late) expect((await errorOf(run)).code).toBe("DEADLINE_PASSED");
    expect(await db.clarification.count()).toBe(0);
    expect((await db.question.findUniqueOrThrow({ where: { id: questionId } })).answer).toBeNull();
  });

  it("records every step as an audit event", async () => {
    const { actors, requirement } = await createBiddingScene();
    const { questionId } = await ask(actors.vendorMember, requirement.id);
    await answerQuestion(actors.enterpriseOwner, { questionId, answer: "答", publish: true });
    await publishAddendum(actors.enterpriseOwner, { requirementId: requirement.id, body: "补遗" });
    const events = await db.auditEvent.findMany({
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      "question.ask",
      "question.answer",
      "requirement.publish-clarification",
      "requirement.publish-clarification",
    ]);
  });
});

describe("a question's attachment", () => {
  it("is stored, checked by its bytes, and downloaded by the asker and the enterprise only", async () => {
    const { actors, requirement } = await createBiddingScene();
    const { questionId } = await askQuestion(actors.vendorMember, {
      requirementId: requirement.id,
      body: "见附件",
      attachment: pdfFile("接口清单.pdf"),
    });
    for (const role of ["vendorOwner", "enterpriseMember"] as const) {
      const file = await getQuestionAttachment(actors[role], { questionId });
      expect(file.originalName).toBe("接口清单.pdf");
      expect(await buffer((await openStoredFile(file.storageKey)).stream as never)).toEqual(
        PDF_BYTES,
      );
    }
    for (const role of ["otherVendor", "otherEnterprise", "admin", "visitor"] as const) {
      expect((await errorOf(() => getQuestionAttachment(actors[role], { questionId }))).code).toBe(
        "NOT_FOUND",
      );
    }
    const refused = await errorOf(() =>
      askQuestion(actors.vendorMember, {
        requirementId: requirement.id,
        body: "再问",
        attachment: attachmentFile(EXE_BYTES, "setup.pdf"),
      }),
    );
    expect(refused.fieldErrors).toEqual({ attachment: ["fileType"] });
    expect(await db.question.count()).toBe(1);
  });
});
