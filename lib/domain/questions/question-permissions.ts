import "server-only";

import { memberOf } from "@/lib/auth/guards";
import { definePermission } from "@/lib/auth/permission";

/**
 * Members of the requirement's organization answer its questions, publish clarifications and
 * read its Q&A inbox. Admins do not: they see no more of the bidding than the enterprise, and do
 * not speak for it. (Vendor members ask: requireVendorMember; which requirements each reaches is
 * the visibility rule, lib/domain/requirements/visibility.ts.)
 */
export const answersQuestions = definePermission<string>((actor, orgId) =>
  memberOf.refusal(actor, orgId),
);
