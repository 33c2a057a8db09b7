"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { bellStateAction } from "@/app/notifications/actions";

interface BellState {
  count: number;
  /** The accessible name, with the count: 通知（3 条未读）. */
  label: string;
}

/**
 * The header's bell: the unread count as the server rendered it, asked again whenever the user
 * comes back to the tab, so it rises without a reload.
 */
export function LiveBell({ href, count, label }: BellState & { href: string }) {
  const [rendered, setRendered] = useState<BellState>({ count, label });
  const [shown, setShown] = useState<BellState>({ count, label });
  // A new server render (after marking read, or navigating) replaces what was fetched.
  if (rendered.count !== count || rendered.label !== label) {
    setRendered({ count, label });
    setShown({ count, label });
  }
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState !== "visible") return;
      void bellStateAction().then((state) => state && setShown(state));
    };
    document.addEventListener("visibilitychange", refresh);
    return () => document.removeEventListener("visibilitychange", refresh);
  }, []);
  return (
    <Link
      href={href}
      aria-label={shown.label}
      title={shown.label}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
        <path d="M10 2a5 5 0 0 0-5 5v2.6L3.6 12.4A1 1 0 0 0 4.5 14h11a1 1 0 0 0 .9-1.6L15 9.6V7a5 5 0 0 0-5-5Zm-2 13.5a2 2 0 0 0 4 0H8Z" />
      </svg>
      {shown.count > 0 && (
        <span
          aria-hidden="true"
          className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-rose-600 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {shown.count > 99 ? "99+" : shown.count}
        </span>
      )}
    </Link>
  );
}
