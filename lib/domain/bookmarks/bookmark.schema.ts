import { z } from "zod";

export const BOOKMARKS_PAGE_SIZE = 20;

/** The requirement a vendor member bookmarks, or stops bookmarking. */
export const bookmarkTargetSchema = z.object({ requirementId: z.string().trim().min(1).max(100) });

export const listBookmarksSchema = z.object({
  /** From 1 (a page number from the address is accepted); a page past the last shows the last. */
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(BOOKMARKS_PAGE_SIZE),
});

/** The requirements shown on one page (cards), whose bookmark state the page asks for. */
export const bookmarkedIdsSchema = z.object({
  requirementIds: z.array(z.string().min(1).max(100)).max(100),
});

export type BookmarkTarget = z.input<typeof bookmarkTargetSchema>;
