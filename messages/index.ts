import type { Locale } from "@/lib/i18n/config";
import enCommon from "./en/common.json";
import enHome from "./en/home.json";
import enRequirement from "./en/requirement.json";
import zhCommon from "./zh-CN/common.json";
import zhHome from "./zh-CN/home.json";
import zhRequirement from "./zh-CN/requirement.json";

// Each feature keeps its texts in a file of its own per locale; every file holds top-level
// namespaces. A test keeps the two locales' keys identical.
export const messages: Record<Locale, Record<string, unknown>> = {
  "zh-CN": { ...zhCommon, ...zhHome, ...zhRequirement },
  en: { ...enCommon, ...enHome, ...enRequirement },
};
