import type { Locale } from "@/lib/i18n/config";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enEmail from "./en/email.json";
import enErrors from "./en/errors.json";
import enHome from "./en/home.json";
import enOrganization from "./en/organization.json";
import enRequirement from "./en/requirement.json";
import enValidation from "./en/validation.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhEmail from "./zh-CN/email.json";
import zhErrors from "./zh-CN/errors.json";
import zhHome from "./zh-CN/home.json";
import zhOrganization from "./zh-CN/organization.json";
import zhRequirement from "./zh-CN/requirement.json";
import zhValidation from "./zh-CN/validation.json";

// Each feature keeps its texts in a file of its own per locale; every file holds top-level
// namespaces. A test keeps the two locales' keys identical.
export const messages: Record<Locale, Record<string, unknown>> = {
  "zh-CN": {
    ...zhAuth,
    ...zhCommon,
    ...zhEmail,
    ...zhErrors,
    ...zhHome,
    ...zhOrganization,
    ...zhRequirement,
    ...zhValidation,
  },
  en: {
    ...enAuth,
    ...enCommon,
    ...enEmail,
    ...enErrors,
    ...enHome,
    ...enOrganization,
    ...enRequirement,
    ...enValidation,
  },
};
