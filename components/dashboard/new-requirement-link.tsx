import Link from "next/link";
import { newRequirementHref } from "./dashboard-href";

/** The dashboard's main call to action. */
export function NewRequirementLink({ label }: { label: string }) {
  return (
    <Link
      href={newRequirementHref}
      className="inline-flex items-center gap-1.5 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <span aria-hidden className="text-base leading-none">
        +
      </span>
      {label}
    </Link>
  );
}
