import type { Locale } from "@/lib/i18n/config";
import enAccount from "./en/account.json";
import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enApiTokens from "./en/api-tokens.json";
import enAuthoring from "./en/authoring.json";
import enClarifications from "./en/clarifications.json";
import enContracts from "./en/contracts.json";
import enCommon from "./en/common.json";
import enEmail from "./en/email.json";
import enEnterprises from "./en/enterprises.json";
import enErrors from "./en/errors.json";
import enEvaluation from "./en/evaluation.json";
import enEvaluationSheet from "./en/evaluation-sheet.json";
import enHome from "./en/home.json";
import enMatching from "./en/matching.json";
import enLegal from "./en/legal.json";
import enMembers from "./en/members.json";
import enModeration from "./en/moderation.json";
import enNotifications from "./en/notifications.json";
import enNotificationPreferences from "./en/notification-preferences.json";
import enOrganization from "./en/organization.json";
import enProfile from "./en/profile.json";
import enProposals from "./en/proposals.json";
import enRequirement from "./en/requirement.json";
import enSearch from "./en/search.json";
import enValidation from "./en/validation.json";
import enVendors from "./en/vendors.json";
import enVendorTools from "./en/vendor-tools.json";
import enVerification from "./en/verification.json";
import zhAccount from "./zh-CN/account.json";
import zhAdmin from "./zh-CN/admin.json";
import zhAuth from "./zh-CN/auth.json";
import zhApiTokens from "./zh-CN/api-tokens.json";
import zhAuthoring from "./zh-CN/authoring.json";
import zhClarifications from "./zh-CN/clarifications.json";
import zhContracts from "./zh-CN/contracts.json";
import zhCommon from "./zh-CN/common.json";
import zhEmail from "./zh-CN/email.json";
import zhEnterprises from "./zh-CN/enterprises.json";
import zhErrors from "./zh-CN/errors.json";
import zhEvaluation from "./zh-CN/evaluation.json";
import zhEvaluationSheet from "./zh-CN/evaluation-sheet.json";
import zhHome from "./zh-CN/home.json";
import zhMatching from "./zh-CN/matching.json";
import zhLegal from "./zh-CN/legal.json";
import zhMembers from "./zh-CN/members.json";
import zhModeration from "./zh-CN/moderation.json";
import zhNotifications from "./zh-CN/notifications.json";
import zhNotificationPreferences from "./zh-CN/notification-preferences.json";
import zhOrganization from "./zh-CN/organization.json";
import zhProfile from "./zh-CN/profile.json";
import zhProposals from "./zh-CN/proposals.json";
import zhRequirement from "./zh-CN/requirement.json";
import zhSearch from "./zh-CN/search.json";
import zhValidation from "./zh-CN/validation.json";
import zhVendors from "./zh-CN/vendors.json";
import zhVendorTools from "./zh-CN/vendor-tools.json";
import zhVerification from "./zh-CN/verification.json";

// Each feature keeps its texts in a file of its own per locale; every file holds top-level
// namespaces. A test keeps the two locales' keys identical.
export const messages: Record<Locale, Record<string, unknown>> = {
  "zh-CN": {
    ...zhAccount,
    ...zhAdmin,
    ...zhApiTokens,
    ...zhAuth,
    ...zhAuthoring,
    ...zhClarifications,
    ...zhContracts,
    ...zhCommon,
    ...zhEmail,
    ...zhEnterprises,
    ...zhErrors,
    ...zhEvaluation,
    ...zhEvaluationSheet,
    ...zhHome,
    ...zhMatching,
    ...zhLegal,
    ...zhMembers,
    ...zhModeration,
    ...zhNotifications,
    ...zhNotificationPreferences,
    ...zhOrganization,
    ...zhProfile,
    ...zhProposals,
    ...zhRequirement,
    ...zhSearch,
    ...zhValidation,
    ...zhVendors,
    ...zhVendorTools,
    ...zhVerification,
  },
  en: {
    ...enAccount,
    ...enAdmin,
    ...enApiTokens,
    ...enAuth,
    ...enAuthoring,
    ...enClarifications,
    ...enContracts,
    ...enCommon,
    ...enEmail,
    ...enEnterprises,
    ...enErrors,
    ...enEvaluation,
    ...enEvaluationSheet,
    ...enHome,
    ...enMatching,
    ...enLegal,
    ...enMembers,
    ...enModeration,
    ...enNotifications,
    ...enNotificationPreferences,
    ...enOrganization,
    ...enProfile,
    ...enProposals,
    ...enRequirement,
    ...enSearch,
    ...enValidation,
    ...enVendors,
    ...enVendorTools,
    ...enVerification,
  },
};
