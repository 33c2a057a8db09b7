-- The vendor directory's two orders without a search (verified first, then by name; by name),
-- over vendors only, so that a page reads as many rows as it shows instead of sorting every
-- vendor (docs/performance.md). schema.prisma declares neither partial nor expression indexes;
-- the schema engine does not diff them (tests/integration/migrations.test.ts: no drift).
CREATE INDEX "Organization_vendor_verified_sort_idx" ON "Organization" ((("verificationStatus" = 'VERIFIED')) DESC, "name", "id") WHERE "kind" = 'VENDOR';
CREATE INDEX "Organization_vendor_name_sort_idx" ON "Organization" ("name", "id") WHERE "kind" = 'VENDOR';
