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
>;

/** Fields whose change withdraws a verification: they are what the business licence proved. */
const VERIFIED_FIELDS: (keyof ProfileFields)[] = ["name", "creditCode"];

export const VERIFICATION_RESET_REASON =
  "Name or credit code changed: verification withdrawn, the organization must request it again";

/** What an edit changes: the fields, their values before and after, and whether it unverifies. */
export function profileChanges(
  current: ProfileFields & Pick<Organization, "verificationStatus">,
  next: Partial<ProfileFields>,
) {
  const changed = (Object.keys(next) as (keyof ProfileFields)[]).filter(
    (key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]),
  );
  const pick = (values: Partial<ProfileFields>): Partial<ProfileFields> =>
    Object.fromEntries(changed.map((key) => [key, values[key]]));
  const verificationReset =
    current.verificationStatus === "VERIFIED" &&
    changed.some((key) => VERIFIED_FIELDS.includes(key));
  return { changed, before: pick(current), after: pick(next), verificationReset };
}
