// The messages each provider of messages to client components gives (components/i18n/
// client-messages.tsx), by the file that renders it. The root layout gives only what every
// page's islands read; a page, a section layout or a component that renders client components
// reading more gives those namespaces to its own subtree, so no page sends the translations of
// features it does not show. lib/i18n/client-namespaces.test.ts walks each file's imports and
// fails when a client component would render without a namespace it reads.

const FORM_ERRORS = ["validation", "errors", "listSeparators"] as const;

export const CLIENT_MESSAGES = {
  site: { file: "app/layout.tsx", namespaces: ["systemPages"] },
  saveSearch: {
    file: "components/vendor-tools/save-search-form.tsx",
    namespaces: ["vendorTools.saveForm", "vendorTools.nameFields", ...FORM_ERRORS],
  },
  auth: { file: "app/(auth)/layout.tsx", namespaces: ["auth", ...FORM_ERRORS] },
  account: {
    file: "app/account/layout.tsx",
    namespaces: [
      "account",
      "auth",
      "notificationPreferences",
      "apiTokens",
      "members",
      ...FORM_ERRORS,
    ],
  },
  admin: { file: "app/admin/layout.tsx", namespaces: ["admin", "moderation", ...FORM_ERRORS] },
  dashboard: {
    file: "app/dashboard/layout.tsx",
    namespaces: [
      "authoring",
      "clarifications.inbox",
      "deploymentMode",
      "matching.similar",
      "profile",
      "region",
      "status",
      ...FORM_ERRORS,
    ],
  },
  invitation: { file: "app/invitations/[token]/page.tsx", namespaces: ["members", ...FORM_ERRORS] },
  organization: {
    file: "app/organization/layout.tsx",
    namespaces: ["members", "profile", "region", "verification", ...FORM_ERRORS],
  },
  requirement: {
    file: "app/requirements/[id]/page.tsx",
    namespaces: [
      "admin",
      "clarifications",
      "contract",
      "matching.vendors",
      "moderation",
      "vendorTools.bookmark",
      ...FORM_ERRORS,
    ],
  },
  evaluation: {
    file: "app/requirements/[id]/evaluation/page.tsx",
    namespaces: ["evaluation", ...FORM_ERRORS],
  },
  proposal: {
    file: "app/requirements/[id]/proposal/page.tsx",
    namespaces: ["proposals", ...FORM_ERRORS],
  },
  workspace: {
    file: "app/workspace/layout.tsx",
    namespaces: ["matching.feed", "members", "vendorTools", ...FORM_ERRORS],
  },
} as const satisfies Record<string, { file: string; namespaces: readonly string[] }>;

export type ClientMessagesScope = keyof typeof CLIENT_MESSAGES;

/** The part of `messages` under the namespaces (`a` or `a.b`), as nested as `messages`. */
export function pickMessages(
  messages: Record<string, unknown>,
  namespaces: readonly string[],
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const [head = "", ...rest] = namespace.split(".");
    const value = messages[head];
    if (value === undefined) continue;
    if (rest.length === 0) picked[head] = value;
    else if (typeof value === "object" && value !== null) {
      const inner = pickMessages(value as Record<string, unknown>, [rest.join(".")]);
      const existing = (picked[head] ?? {}) as Record<string, unknown>;
      picked[head] = { ...existing, ...inner };
    }
  }
  return picked;
}
