import type { Actor } from "@/lib/auth/actor";
import { createCast } from "./actors";

/** Who tries a vendor tool (bookmarks, saved searches): vendors, enterprises, an admin. */
export type VendorToolViewer =
  | "visitor"
  | "vendor"
  | "colleague"
  | "otherVendor"
  | "enterpriseOwner"
  | "otherEnterprise"
  | "admin";

export type VendorToolOutcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

export const VENDOR_TOOL_VIEWERS: VendorToolViewer[] = [
  "visitor",
  "vendor",
  "colleague",
  "otherVendor",
  "enterpriseOwner",
  "otherEnterprise",
  "admin",
];

/** Members of vendor organizations, any role; enterprises and admins do not bid. */
export const VENDORS_ONLY: Record<VendorToolViewer, VendorToolOutcome> = {
  visitor: "UNAUTHENTICATED",
  vendor: "allowed",
  colleague: "allowed",
  otherVendor: "allowed",
  enterpriseOwner: "FORBIDDEN",
  otherEnterprise: "FORBIDDEN",
  admin: "FORBIDDEN",
};

/** A vendor (owner), a colleague in the same vendor, another vendor, two enterprises, an admin. */
export async function createVendorToolViewers() {
  const vendors = await createCast("VENDOR");
  const enterprises = await createCast("ENTERPRISE");
  const actors: Record<VendorToolViewer, Actor> = {
    visitor: vendors.roles.visitor,
    vendor: vendors.roles.owner,
    colleague: vendors.roles.member,
    otherVendor: vendors.roles.otherOwner,
    enterpriseOwner: enterprises.roles.owner,
    otherEnterprise: enterprises.roles.otherOwner,
    admin: vendors.roles.admin,
  };
  return { actors, enterpriseId: enterprises.org.id, vendorOrgId: vendors.org.id };
}
