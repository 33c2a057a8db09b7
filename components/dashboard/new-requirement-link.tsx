import { newRequirementHref } from "./dashboard-href";
import { ButtonLink } from "@/components/ui/button";

/** The dashboard's main call to action. */
export function NewRequirementLink({ label }: { label: string }) {
  return (
    <ButtonLink href={newRequirementHref} className="shadow-sm">
      <span aria-hidden className="text-base leading-none">
        +
      </span>
      {label}
    </ButtonLink>
  );
}
