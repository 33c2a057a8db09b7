import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TagKind } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/domain/errors";
import { failValidation } from "@/lib/validation/parse-input";

type Reader = Pick<Prisma.TransactionClient, "tag">;

export interface TagCheck {
  field: string;
  kind: TagKind;
  slugs: string[];
}

/** Refuses slugs that are not tags of the expected kind, as an `unknownTag` error on the field. */
export async function requireKnownTags(reader: Reader, checks: TagCheck[]): Promise<void> {
  const slugs = [...new Set(checks.flatMap((check) => check.slugs))];
  if (slugs.length === 0) return;
  const rows = await reader.tag.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, kind: true },
  });
  const known = new Set(rows.map((row) => `${row.kind}:${row.slug}`));
  const fieldErrors: FieldErrors = {};
  for (const check of checks) {
    if (check.slugs.some((slug) => !known.has(`${check.kind}:${slug}`)))
      fieldErrors[check.field] = ["unknownTag"];
  }
  if (Object.keys(fieldErrors).length > 0) failValidation(fieldErrors);
}
