import { z } from "zod";
import { pageParam } from "@/lib/http/url-params";

export const BOOKMARKS_PAGE_SIZE = 20;

/** The requirement a vendor member bookmarks, or stops bookmarking. */
export const bookmarkTargetSchema = z.object({ requirementId: z.string().trim().min(1).max(100) });

export const listBookmarksSchema = z.object({
  /** From 1 (a page number from the address is accepted); a page past the last shows the last. */
  page: pageParam(),
  pageSize: z.number().int().min(1).max(100).default(BOOKMARKS_PAGE_SIZE),
});

/** The requirements shown on one page (cards), whose bookmark state the page asks for. */
export const bookmarkedIdsSchema = z.object({
  requirementIds: z.array(z.string().min(1).max(100)).max(100),
});

export type BookmarkTarget = z.input<typeof bookmarkTargetSchema>;
