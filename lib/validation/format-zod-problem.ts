import type { z } from "zod";

/**
 * The first issue of a zod error as one line, naming the field: `requirements[3].title: …`, its
 * message put in words by `describe` (message keys of the shared field schemas need it).
 */
export function formatZodProblem(
  error: z.ZodError,
  describe: (message: string) => string = (message) => message,
): string {
  const issue = error.issues[0];
  if (!issue) return "invalid input";
  const path = issue.path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join("");
  const message = describe(issue.message);
  return path ? `${path}: ${message}` : message;
}
