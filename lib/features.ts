/**
 * Features whose data model is in place but which do not work end to end yet. While one is off,
 * the UI neither offers nor mentions it (docs/decisions.md lists the texts toned down with it);
 * the issue that builds the feature turns it on here and its texts back on.
 */
export const FEATURES = {
  /** Mail about new requirements matching a saved search: nothing sends it yet. */
  savedSearchAlerts: false,
  /** Requirements only invited vendors see (they are invited from 推荐供应商). */
  invitedVisibility: true,
} as const;
