import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  NOTIFICATION_TYPES,
  type NotificationEvent,
  type NotificationType,
} from "@/lib/domain/notifications/events";
import { notify } from "@/lib/domain/notifications/notify";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/messages";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { setUpInbox } from "@/tests/helpers/inbox";
import { submittedProposal } from "@/tests/helpers/proposals";

setUpTestDatabase();
const inbox = setUpInbox();

const HAN = /\p{Script=Han}/u;

/**
 * An enterprise and a vendor, each with a zh-CN and an English owner; the vendor bookmarked the
 * requirement and bid on it (its proposal holds the award). Names are ASCII, so a subject with a
 * Chinese character is a Chinese template.
 */
async function scene() {
  const enterprise = await createOrganization({ kind: "ENTERPRISE", name: "Acme Grid" });
  const vendor = await createOrganization({ kind: "VENDOR", name: "Vendor Co" });
  const user = async (orgId: string, locale: Locale) =>
    (await db.user.update({
      where: { id: (await createUser({ orgId, role: "OWNER", name: `N-${locale}` })).user.id },
      data: { locale },
    }))!;
  const buyers = { zh: await user(enterprise.id, "zh-CN"), en: await user(enterprise.id, "en") };
  const sellers = { zh: await user(vendor.id, "zh-CN"), en: await user(vendor.id, "en") };
  const newcomer = await createUser({ orgId: vendor.id, role: "MEMBER", name: "New Member" });
  const requirement = await createRequirement({ orgId: enterprise.id, title: "Grid AI" });
  for (const seller of Object.values(sellers)) {
    await db.bookmark.create({ data: { userId: seller.id, requirementId: requirement.id } });
  }
  const proposal = await submittedProposal(requirement.id, vendor.id);
  return { enterprise, vendor, buyers, sellers, newcomer, requirement, proposal };
}

type Scene = Awaited<ReturnType<typeof scene>>;

interface Case {
  to: "buyers" | "sellers";
  link: string;
  /** Set up what the recipients rule reads, then the events (one per user for personal ones). */
  events(s: Scene): Promise<NotificationEvent[]>;
}

const withStatus = async (s: Scene, status: "SUBMITTED" | "AWARDED" | "NOT_AWARDED") => {
  await db.proposal.update({ where: { id: s.proposal.id }, data: { status } });
};

const forRequirement = (type: NotificationType, link: string, to: Case["to"]): Case => ({
  to,
  link,
  events: async (s) => [
    { type, requirementId: s.requirement.id, reason: "Reason R" } as NotificationEvent,
  ],
});

const CASES: Record<NotificationType, Case> = {
  "requirement.approved": forRequirement("requirement.approved", "", "buyers"),
  "requirement.changesRequested": forRequirement(
    "requirement.changesRequested",
    "#status-reason",
    "buyers",
  ),
  "requirement.rejected": forRequirement("requirement.rejected", "#status-reason", "buyers"),
  "requirement.takenDown": forRequirement("requirement.takenDown", "#status-reason", "buyers"),
  "question.asked": { ...forRequirement("question.asked", "", "buyers"), link: "DASHBOARD" },
  "clarification.published": forRequirement(
    "clarification.published",
    "#clarifications",
    "sellers",
  ),
  "deadline.changed": forRequirement("deadline.changed", "#change-notices", "sellers"),
  "deadline.reminder": forRequirement("deadline.reminder", "#schedule", "sellers"),
  "proposal.receipt": {
    to: "sellers",
    link: "/proposal",
    events: async (s) => [
      {
        type: "proposal.receipt",
        requirementId: s.requirement.id,
        vendorOrgId: s.vendor.id,
        version: 1,
      },
    ],
  },
  "proposal.received": {
    to: "buyers",
    link: "",
    events: async (s) => [{ type: "proposal.received", requirementId: s.requirement.id, count: 2 }],
  },
  "bid.invited": {
    to: "sellers",
    link: "",
    events: async (s) => [
      { type: "bid.invited", requirementId: s.requirement.id, vendorOrgId: s.vendor.id },
    ],
  },
  "proposals.opened": {
    to: "sellers",
    link: "/proposal",
    events: async (s) => {
      await withStatus(s, "SUBMITTED");
      return [{ type: "proposals.opened", requirementId: s.requirement.id }];
    },
  },
  "outcome.awarded": {
    to: "sellers",
    link: "/proposal",
    events: async (s) => {
      await withStatus(s, "AWARDED");
      return [{ type: "outcome.awarded", requirementId: s.requirement.id }];
    },
  },
  "outcome.notAwarded": {
    to: "sellers",
    link: "/proposal",
    events: async (s) => {
      await withStatus(s, "NOT_AWARDED");
      return [{ type: "outcome.notAwarded", requirementId: s.requirement.id }];
    },
  },
  "outcome.unsuccessful": {
    to: "sellers",
    link: "/proposal",
    events: async (s) => {
      await withStatus(s, "NOT_AWARDED");
      return [{ type: "outcome.unsuccessful", requirementId: s.requirement.id, reason: "R" }];
    },
  },
  "contract.recorded": {
    to: "sellers",
    link: "/proposal",
    events: async (s) => {
      await withStatus(s, "AWARDED");
      await db.award.create({
        data: { requirementId: s.requirement.id, proposalId: s.proposal.id },
      });
      return [{ type: "contract.recorded", requirementId: s.requirement.id }];
    },
  },
  "rating.received": {
    to: "sellers",
    link: "VENDOR",
    events: async (s) => [
      {
        type: "rating.received",
        requirementId: s.requirement.id,
        vendorOrgId: s.vendor.id,
        rating: 4,
      },
    ],
  },
  "verification.approved": {
    to: "sellers",
    link: "ORGANIZATION",
    events: async (s) => [{ type: "verification.approved", orgId: s.vendor.id }],
  },
  "verification.rejected": {
    to: "sellers",
    link: "VERIFICATION",
    events: async (s) => [{ type: "verification.rejected", orgId: s.vendor.id, reason: "R" }],
  },
  "member.joined": {
    to: "sellers",
    link: "MEMBERS",
    events: async (s) => [
      { type: "member.joined", orgId: s.vendor.id, memberUserId: s.newcomer.user.id },
    ],
  },
  "member.removed": {
    to: "sellers",
    link: "ACCOUNT",
    events: async (s) =>
      Object.values(s.sellers).map((u) => ({
        type: "member.removed" as const,
        userId: u.id,
        orgName: "Vendor Co",
      })),
  },
  "savedSearch.hits": {
    to: "sellers",
    link: "",
    events: async (s) =>
      Object.values(s.sellers).map((u) => ({
        type: "savedSearch.hits" as const,
        requirementId: s.requirement.id,
        userId: u.id,
        savedSearchId: "s1",
        name: "AI",
      })),
  },
  "requirement.recommended": {
    to: "sellers",
    link: "",
    events: async (s) => [
      {
        type: "requirement.recommended",
        requirementId: s.requirement.id,
        vendorOrgId: s.vendor.id,
        contributions: [],
      },
    ],
  },
};

function expectedPath(c: Case, s: Scene): string {
  const special: Record<string, string> = {
    DASHBOARD: "/dashboard/questions",
    VENDOR: `/vendors/${s.vendor.id}`,
    ORGANIZATION: "/organization",
    VERIFICATION: "/organization/verification",
    MEMBERS: "/organization/members",
    ACCOUNT: "/account",
  };
  return special[c.link] ?? `/requirements/${s.requirement.id}${c.link}`;
}

describe("the email of every notification type", () => {
  it("has a case here for every type", () => {
    expect(Object.keys(CASES).sort()).toEqual([...NOTIFICATION_TYPES].sort());
  });

  for (const type of NOTIFICATION_TYPES) {
    it(`${type}: reaches each recipient in their language, with the subject and the link`, async () => {
      const s = await scene();
      const c = CASES[type];
      for (const event of await c.events(s)) await db.$transaction((tx) => notify(tx, event));
      await inbox.settle();
      for (const [lang, user] of Object.entries(s[c.to])) {
        const locale: Locale = lang === "zh" ? "zh-CN" : "en";
        const [mail, ...more] = await inbox.arrivedTo(user.email, 1);
        expect(more).toHaveLength(0);
        const notification = await db.notification.findFirstOrThrow({
          where: { userId: user.id, type },
        });
        const { params } = notification.data as { params: Record<string, string> };
        const t = createTranslator({ locale, messages: messages[locale] });
        expect(mail!.subject).toBe(
          t(`notifications.types.${type}.title` as never, params as never),
        );
        expect(HAN.test(mail!.subject ?? "")).toBe(locale === "zh-CN");
        expect(mail!.html).toContain(`lang="${locale}"`);
        const link = expectedPath(c, s);
        expect(mail!.text).toContain(link);
        expect(mail!.html).toContain(`${link.replace("&", "&amp;")}"`);
      }
      const others = c.to === "buyers" ? s.sellers : s.buyers;
      for (const user of Object.values(others)) {
        expect(await inbox.arrivedTo(user.email, 0)).toHaveLength(0);
      }
    });
  }
});
