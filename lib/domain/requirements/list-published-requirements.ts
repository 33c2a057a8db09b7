import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { openForProposalsWhere, visibleRequirementsWhere } from "./visibility";
import { requirementSummarySelect, type RequirementSummary } from "./requirement-summary";

export const listPublishedRequirementsInput = z.object({
  /** Opaque keyset cursor from the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export interface RequirementPage {
  items: RequirementSummary[];
  nextCursor: string | null;
}

interface Cursor {
  publishedAt: string;
  id: string;
}

function encodeCursor(row: RequirementSummary): string {
  const cursor: Cursor = { publishedAt: row.publishedAt!.toISOString(), id: row.id };
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString()) as Partial<Cursor>;
    if (typeof parsed.publishedAt !== "string" || typeof parsed.id !== "string") return null;
    if (Number.isNaN(Date.parse(parsed.publishedAt))) return null;
    return { publishedAt: parsed.publishedAt, id: parsed.id };
  } catch {
    return null;
  }
}

/** Open requirements (PUBLISHED), newest first, with keyset pagination. */
export async function listPublishedRequirements(
  actor: Actor,
  input: z.input<typeof listPublishedRequirementsInput>,
): Promise<RequirementPage> {
  const { cursor, limit } = listPublishedRequirementsInput.parse(input);
  const after = decodeCursor(cursor);
  const rows = await db.requirement.findMany({
    where: {
      AND: [
        visibleRequirementsWhere(actor),
        openForProposalsWhere(),
        after
          ? {
              OR: [
                { publishedAt: { lt: new Date(after.publishedAt) } },
                { publishedAt: new Date(after.publishedAt), id: { lt: after.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: requirementSummarySelect,
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]!) : null };
}
