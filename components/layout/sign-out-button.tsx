"use client";

import { signOutTo } from "@/components/auth/sign-out";

export function SignOutButton({ label, className }: { label: string; className: string }) {
  return (
    <button type="button" onClick={() => void signOutTo("/")} className={className}>
      {label}
    </button>
  );
}
