import { z } from "zod";
import { described, instant } from "./fields";

const questionAttachment = z
  .object({
    originalName: z.string().meta(described("fields.attachment.originalName")),
    sizeBytes: z.number().int().meta(described("fields.attachment.sizeBytes")),
    href: z.string().meta(described("fields.attachment.href")),
  })
  .nullable()
  .meta(described("fields.question.attachment"));

const questionShape = {
  id: z.string().meta(described("fields.question.id")),
  requirementId: z.string().meta(described("fields.question.requirementId")),
  body: z.string().meta(described("fields.question.body")),
  asker: z.string().meta(described("fields.question.asker")),
  answer: z.string().nullable().meta(described("fields.question.answer")),
  answeredAt: instant().nullable().meta(described("fields.question.answeredAt")),
  askedAt: instant().meta(described("fields.question.askedAt")),
  published: z.boolean().meta(described("fields.question.published")),
  attachment: questionAttachment,
};

export const questionSchema = z.object(questionShape).meta({ id: "Question" });

export const inboxQuestionSchema = z
  .object({
    ...questionShape,
    requirementTitle: z.string().meta(described("fields.question.requirementTitle")),
  })
  .meta({ id: "InboxQuestion" });

export const clarificationSchema = z
  .object({
    id: z.string().meta(described("fields.clarification.id")),
    kind: z.enum(["answer", "addendum"]).meta(described("fields.clarification.kind")),
    question: z.string().nullable().meta(described("fields.clarification.question")),
    asker: z.string().nullable().meta(described("fields.clarification.asker")),
    body: z.string().meta(described("fields.clarification.body")),
    publishedAt: instant().meta(described("fields.clarification.publishedAt")),
  })
  .meta({ id: "Clarification" });

/** A list answered whole (these lists are short: one requirement's questions). */
export const itemsOf = <Item extends z.ZodType>(item: Item, id: string) =>
  z.object({ items: z.array(item).meta(described("fields.page.items")) }).meta({ id });

export const askQuestionBody = z
  .object({ body: z.string().meta(described("fields.question.body")) })
  .meta({ id: "AskQuestion" });

export const answerQuestionBody = z
  .object({
    answer: z.string().meta(described("fields.answer.answer")),
    publish: z.boolean().optional().meta(described("fields.answer.publish")),
    publishedQuestion: z.string().optional().meta(described("fields.answer.publishedQuestion")),
  })
  .meta({ id: "AnswerQuestion" });

export const addendumBody = z
  .object({ body: z.string().meta(described("fields.clarification.addendumBody")) })
  .meta({ id: "PublishAddendum" });

export const createdSchema = z
  .object({ id: z.string().meta(described("fields.created.id")) })
  .meta({ id: "Created" });

export const answeredSchema = z
  .object({
    clarificationId: z.string().nullable().meta(described("fields.answer.clarificationId")),
  })
  .meta({ id: "Answered" });
