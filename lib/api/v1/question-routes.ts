import { z } from "zod";
import { answerQuestion } from "@/lib/domain/questions/answer-question";
import { askQuestion } from "@/lib/domain/questions/ask-question";
import type { ClarificationView } from "@/lib/domain/questions/clarification-view";
import { listClarifications } from "@/lib/domain/questions/list-clarifications";
import { listOwnQuestions } from "@/lib/domain/questions/list-own-questions";
import { listQuestionInbox } from "@/lib/domain/questions/list-question-inbox";
import { publishAddendum } from "@/lib/domain/questions/publish-addendum";
import type { QuestionView } from "@/lib/domain/questions/question-view";
import { defineRoute } from "../define-route";
import { described, iso, isoOrNull } from "./fields";
import {
  addendumBody,
  answerQuestionBody,
  answeredSchema,
  askQuestionBody,
  clarificationSchema,
  createdSchema,
  inboxQuestionSchema,
  itemsOf,
  questionSchema,
} from "./question-schemas";

const questionOut = (q: QuestionView) => ({
  ...q,
  answeredAt: isoOrNull(q.answeredAt),
  askedAt: iso(q.askedAt),
});

const clarificationOut = (c: ClarificationView) => ({ ...c, publishedAt: iso(c.publishedAt) });

const requirementParam = z.object({
  id: z.string().min(1).max(100, "tooLong?max=100").meta(described("params.requirementId")),
});
const questionParam = z.object({
  id: z.string().min(1).max(100, "tooLong?max=100").meta(described("params.questionId")),
});

export const askQuestionRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/questions",
  operationId: "askQuestion",
  tag: "questions",
  summary: "@apiDocs.operations.askQuestion.summary",
  description: "@apiDocs.operations.askQuestion.description",
  params: requirementParam,
  body: askQuestionBody,
  response: createdSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "DEADLINE_PASSED", "RATE_LIMITED"],
  async run({ actor, params, body }) {
    const { questionId } = await askQuestion(actor, { requirementId: params.id, body: body.body });
    return { id: questionId };
  },
});

export const listOwnQuestionsRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/questions",
  operationId: "listOwnQuestions",
  tag: "questions",
  summary: "@apiDocs.operations.listOwnQuestions.summary",
  description: "@apiDocs.operations.listOwnQuestions.description",
  params: requirementParam,
  response: itemsOf(questionSchema, "QuestionList"),
  problems: ["NOT_FOUND"],
  async run({ actor, params }) {
    const questions = await listOwnQuestions(actor, { requirementId: params.id });
    return { items: questions.map(questionOut) };
  },
});

export const listClarificationsRoute = defineRoute({
  method: "get",
  path: "/api/v1/requirements/{id}/clarifications",
  operationId: "listClarifications",
  tag: "questions",
  summary: "@apiDocs.operations.listClarifications.summary",
  description: "@apiDocs.operations.listClarifications.description",
  params: requirementParam,
  response: itemsOf(clarificationSchema, "ClarificationList"),
  problems: ["NOT_FOUND"],
  async run({ actor, params }) {
    const clarifications = await listClarifications(actor, { requirementId: params.id });
    return { items: clarifications.map(clarificationOut) };
  },
});

export const publishAddendumRoute = defineRoute({
  method: "post",
  path: "/api/v1/requirements/{id}/clarifications",
  operationId: "publishAddendum",
  tag: "questions",
  summary: "@apiDocs.operations.publishAddendum.summary",
  description: "@apiDocs.operations.publishAddendum.description",
  params: requirementParam,
  body: addendumBody,
  response: createdSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "DEADLINE_PASSED"],
  async run({ actor, params, body }) {
    const { clarificationId } = await publishAddendum(actor, {
      requirementId: params.id,
      body: body.body,
    });
    return { id: clarificationId };
  },
});

export const listQuestionInboxRoute = defineRoute({
  method: "get",
  path: "/api/v1/question-inbox",
  operationId: "listQuestionInbox",
  tag: "questions",
  summary: "@apiDocs.operations.listQuestionInbox.summary",
  description: "@apiDocs.operations.listQuestionInbox.description",
  query: z.object({
    requirementId: z
      .string()
      .min(1)
      .max(100, "tooLong?max=100")
      .optional()
      .meta(described("params.inboxRequirementId")),
  }),
  response: itemsOf(inboxQuestionSchema, "InboxQuestionList"),
  async run({ actor, query }) {
    const questions = await listQuestionInbox(actor, query);
    return {
      items: questions.map((q) => ({ ...questionOut(q), requirementTitle: q.requirementTitle })),
    };
  },
});

export const answerQuestionRoute = defineRoute({
  method: "post",
  path: "/api/v1/questions/{id}/answer",
  operationId: "answerQuestion",
  tag: "questions",
  summary: "@apiDocs.operations.answerQuestion.summary",
  description: "@apiDocs.operations.answerQuestion.description",
  params: questionParam,
  body: answerQuestionBody,
  response: answeredSchema,
  problems: ["VALIDATION", "NOT_FOUND", "CONFLICT", "DEADLINE_PASSED"],
  run: ({ actor, params, body }) => answerQuestion(actor, { questionId: params.id, ...body }),
});
