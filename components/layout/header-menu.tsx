"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

/**
 * The signed-in user's links (`children`): a row on wide screens; on phones folded behind a
 * button. Escape, a click or focus elsewhere, and following a link close it.
 */
export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const pathname = usePathname();
  // Open on the page it was opened on only, so that moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  return (
    <div
      ref={root}
      className="relative"
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next && !event.currentTarget.contains(next)) close();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 aria-expanded:bg-slate-100 md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
          <path d="M3 5h14v1.5H3zm0 4.25h14v1.5H3zm0 4.25h14V15H3z" />
        </svg>
        {label}
      </button>
      <div
        id={panelId}
        onClick={(event) => {
          if ((event.target as Element).closest("a")) close();
        }}
        className={`${open ? "flex" : "hidden"} absolute top-full right-0 z-20 mt-2 w-56 flex-col rounded-lg border border-slate-200 bg-white py-2 text-sm shadow-lg md:static md:mt-0 md:flex md:w-auto md:flex-row md:items-center md:gap-4 md:rounded-none md:border-0 md:bg-transparent md:py-0 md:shadow-none`}
      >
        {children}
      </div>
    </div>
  );
}
