import type { NotificationMessage } from "./events";

/** An app path: starts with one slash (never `//host`, which would leave the site). */
const isAppPath = (href: unknown): href is string =>
  typeof href === "string" && href.startsWith("/") && !href.startsWith("//");

/** A notification row's `data` as written by `notify`; anything unexpected reads as empty. */
export function storedMessage(data: unknown): NotificationMessage {
  const stored = (data ?? {}) as { params?: unknown; href?: unknown };
  const params =
    stored.params && typeof stored.params === "object"
      ? Object.fromEntries(
          Object.entries(stored.params).filter(([, value]) => typeof value === "string"),
        )
      : {};
  return { params, href: isAppPath(stored.href) ? stored.href : "/" };
}
