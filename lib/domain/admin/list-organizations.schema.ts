import { z } from "zod";
import { enumParam, pageParam, textParam } from "./search-params.schema";

export const ORGANIZATION_KINDS = ["ENTERPRISE", "VENDOR"] as const;
export const VERIFICATION_STATUSES = ["UNVERIFIED", "PENDING", "VERIFIED", "REJECTED"] as const;

/** The organization list's search (name, English name, import key, credit code), filters, page. */
export const listOrganizationsSchema = z.object({
  q: textParam(100),
  kind: enumParam(ORGANIZATION_KINDS),
  verification: enumParam(VERIFICATION_STATUSES),
  page: pageParam(),
});

export type ListOrganizationsInput = z.input<typeof listOrganizationsSchema>;
