import "server-only";
import type { Organization } from "@/lib/generated/prisma/client";

export type ProfileFields = Pick<
  Organization,
  | "name"
  | "nameEn"
  | "creditCode"
  | "region"
  | "industries"
  | "description"
  | "website"
  | "capabilities"
  | "domesticStack"
>;

/** Fields whose change withdraws a verification: they are what the business licence proved. */
export const VERIFIED_FIELDS = ["name", "creditCode"] as const satisfies (keyof ProfileFields)[];

/**
 * What an edit does to the organization's verification: nothing; withdraws it (the legal name or
 * credit code of a verified organization changes); or restores it (both are set back to what was
 * verified, after a change had withdrawn it or a later request was rejected).
 */
export type VerificationEffect = "none" | "withdrawn" | "restored";

export const VERIFICATION_RESET_REASON =
  "Name or credit code changed: verification withdrawn, the organization must request it again";
export const VERIFICATION_RESTORED_REASON =
  "Name and credit code set back to the verified ones: verification restored";

type Current = ProfileFields &
  Pick<Organization, "verificationStatus" | "verifiedName" | "verifiedCreditCode">;

function verificationEffect(
  current: Current,
  next: Partial<ProfileFields>,
  identityChanged: boolean,
): VerificationEffect {
  if (!identityChanged) return "none";
  if (current.verificationStatus === "VERIFIED") return "withdrawn";
  const mayRestore =
    current.verificationStatus === "UNVERIFIED" || current.verificationStatus === "REJECTED";
  const name = next.name ?? current.name;
  const creditCode = next.creditCode === undefined ? current.creditCode : next.creditCode;
  const backToVerified =
    current.verifiedName !== null &&
    current.verifiedName === name &&
    current.verifiedCreditCode === creditCode;
  return mayRestore && backToVerified ? "restored" : "none";
}

/**
 * What an edit changes: the fields, their values before and after, whether the legal name or
 * credit code is among them, and what that does to the verification.
 */
export function profileChanges(current: Current, next: Partial<ProfileFields>) {
  const changed = (Object.keys(next) as (keyof ProfileFields)[]).filter(
    (key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]),
  );
  const pick = (values: Partial<ProfileFields>): Partial<ProfileFields> =>
    Object.fromEntries(changed.map((key) => [key, values[key]]));
  const identityChanged = changed.some((key) =>
    (VERIFIED_FIELDS as readonly string[]).includes(key),
  );
  return {
    changed,
    before: pick(current),
    after: pick(next),
    identityChanged,
    verification: verificationEffect(current, next, identityChanged),
  };
}
