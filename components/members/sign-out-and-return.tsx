"use client";

import { signOutTo } from "@/components/auth/sign-out";
import { buttonClass } from "@/components/ui/button";

/** Signs out and comes back to the same page (e.g. to accept an invitation as someone else). */
export function SignOutAndReturn({ label, returnTo }: { label: string; returnTo: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOutTo(returnTo)}
      className={buttonClass("primary")}
    >
      {label}
    </button>
  );
}
