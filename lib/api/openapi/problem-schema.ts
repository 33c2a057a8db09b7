import "server-only";
import { z } from "zod";
import { described } from "../v1/fields";
import { PROBLEM_STATUS, type ProblemCode } from "../problem";

const fieldError = z
  .object({
    in: z
      .enum(["query", "path", "header", "body"])
      .optional()
      .meta(described("fields.fieldError.in")),
    name: z.string().optional().meta(described("fields.fieldError.name")),
    pointer: z.string().optional().meta(described("fields.fieldError.pointer")),
    detail: z.string().meta(described("fields.fieldError.detail")),
  })
  .meta({ id: "FieldError" });

/** RFC 9457 problem details, as lib/api/problem.ts writes them. */
export const problemSchema = z
  .object({
    type: z.string().meta(described("fields.problem.type")),
    title: z.string().meta(described("fields.problem.title")),
    status: z.number().int().meta(described("fields.problem.status")),
    detail: z.string().meta(described("fields.problem.detail")),
    instance: z.string().meta(described("fields.problem.instance")),
    code: z
      .enum(Object.keys(PROBLEM_STATUS) as [ProblemCode, ...ProblemCode[]])
      .meta(described("fields.problem.code")),
    errors: z.array(fieldError).optional().meta(described("fields.problem.errors")),
  })
  .meta({ id: "Problem" });
