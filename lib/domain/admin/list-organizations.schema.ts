import type { z } from "zod";
import {
  lenientParam,
  optionalChoiceParam,
  pageParam,
  textParam,
  urlSearchObject,
} from "@/lib/http/url-params";

export const ORGANIZATION_KINDS = ["ENTERPRISE", "VENDOR"] as const;
export const VERIFICATION_STATUSES = ["UNVERIFIED", "PENDING", "VERIFIED", "REJECTED"] as const;

/**
 * The organization list's search (name, English name, import key, credit code), filters and
 * page, from the URL, read leniently: a value that makes no sense means "no filter".
 */
export const listOrganizationsSchema = urlSearchObject({
  q: lenientParam(textParam(100)),
  kind: lenientParam(optionalChoiceParam(ORGANIZATION_KINDS)),
  verification: lenientParam(optionalChoiceParam(VERIFICATION_STATUSES)),
  page: lenientParam(pageParam()),
});

export type ListOrganizationsInput = z.input<typeof listOrganizationsSchema>;
