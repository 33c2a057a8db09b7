import type { z } from "zod";

/** The first issue of a zod error as one line, naming the field: `requirements[3].title: …`. */
export function formatZodProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid input";
  const path = issue.path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join("");
  return path ? `${path}: ${issue.message}` : issue.message;
}
