-- What a verification was granted for: a change of the legal name or credit code withdraws it,
-- and setting both back restores it (lib/domain/organizations/update-organization-profile.ts).
-- A verified organization still has the values it was verified with, since a change would have
-- withdrawn the verification.

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "verifiedCreditCode" TEXT,
ADD COLUMN     "verifiedName" TEXT;

UPDATE "Organization" SET "verifiedName" = "name", "verifiedCreditCode" = "creditCode"
WHERE "verificationStatus" = 'VERIFIED';
