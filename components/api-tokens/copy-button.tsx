"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";

/** Copies `text` to the clipboard and says so (or says to copy by hand when the browser refuses). */
export function CopyButton({
  text,
  label,
  copiedLabel,
  failedLabel,
}: {
  text: string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="inline-flex shrink-0 items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className={`${buttonClass("secondary")} whitespace-nowrap`}
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600">
        {state === "copied" ? copiedLabel : state === "failed" ? failedLabel : ""}
      </span>
    </span>
  );
}
