import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

export const SAVED_SEARCH_NAME_MAX = 60;

const savedSearchName = () => requiredText(SAVED_SEARCH_NAME_MAX);
const savedSearchId = () => z.string().trim().min(1).max(100);

/** A search to save: its name, and the requirement list's URL query string (`q=…&industry=…`). */
export const saveSearchSchema = z.object({
  name: savedSearchName(),
  query: z.string().max(4000),
});

export const renameSavedSearchSchema = z.object({ id: savedSearchId(), name: savedSearchName() });

/** Alerts on or off; absent is off, as an unchecked checkbox sends nothing. */
export const setSavedSearchAlertsSchema = z.object({
  id: savedSearchId(),
  alertsEnabled: z.boolean().default(false),
});

export const savedSearchTargetSchema = z.object({ id: savedSearchId() });

/** The search a page shows, as its URL query string (whether it is saved, and can be). */
export const searchQuerySchema = z.object({ query: z.string().max(4000) });

export type SaveSearchInput = z.input<typeof saveSearchSchema>;
export type RenameSavedSearchInput = z.input<typeof renameSavedSearchSchema>;
export type SetSavedSearchAlertsInput = z.input<typeof setSavedSearchAlertsSchema>;
export type SavedSearchTarget = z.input<typeof savedSearchTargetSchema>;
