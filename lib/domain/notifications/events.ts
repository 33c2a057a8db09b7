import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { COUNTED_PROPOSALS } from "@/lib/domain/proposals/counted-proposals";
import type { Contribution } from "@/lib/matching/contributions";
import { formatReasons } from "@/lib/matching/format-reasons";
import type { Locale } from "@/lib/i18n/config";
import {
  awardedVendorMembers,
  biddersWithStatus,
  interestedVendors,
  organizationMembers,
  organizationOwners,
  requirementOwners,
} from "./recipients";

type Tx = Prisma.TransactionClient;

/** What a notification shows: its message's parameters and where it links (an app path). */
export interface NotificationMessage {
  params: Record<string, string>;
  href: string;
}

interface EventDefinition<P> {
  /** Who hears of it (user ids; duplicates and inactive users are dropped). */
  recipients(tx: Tx, payload: P): Promise<string[]>;
  /**
   * Never a sealed field, never a bidding vendor's name to anyone but that vendor. In the
   * recipient's language where a parameter is text the app writes (matching reasons).
   */
  message(tx: Tx, payload: P, locale: Locale): Promise<NotificationMessage>;
  /** Security mail: always emailed, the preferences cannot turn it off. */
  security?: true;
  /** A vendor who chose a daily or weekly digest gets these in it instead of one email each. */
  digest?: true;
  /** One notice per key and user: a second `notify` for the same key tells no one again. */
  onceKey?(payload: P): string;
}

const requirementTitle = async (tx: Tx, id: string) =>
  (await tx.requirement.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;

const requirementLink = (suffix = "") =>
  async function message(tx: Tx, p: { requirementId: string }): Promise<NotificationMessage> {
    return {
      params: { title: await requirementTitle(tx, p.requirementId) },
      href: `/requirements/${p.requirementId}${suffix}`,
    };
  };

const withReason =
  (suffix: string) =>
  async (tx: Tx, p: { requirementId: string; reason: string }): Promise<NotificationMessage> => ({
    params: { title: await requirementTitle(tx, p.requirementId), reason: p.reason },
    href: `/requirements/${p.requirementId}${suffix}`,
  });

const toOwners = (tx: Tx, p: { requirementId: string }) => requirementOwners(tx, p.requirementId);

/** Who hears that a requirement's terms changed: vendors that bookmarked, asked, were invited or bid. */
const toFollowingVendors = (tx: Tx, p: { requirementId: string }) =>
  interestedVendors(tx, p.requirementId, {
    bookmarked: true,
    asked: true,
    invited: true,
    proposal: true,
  });

/** A bidder's own page of the requirement: its proposal, status and outcome. */
const ownProposalLink = requirementLink("/proposal");

/** The requirement's title and the name of the enterprise that owns it (never a bidder's). */
async function titleAndBuyer(tx: Tx, requirementId: string) {
  const requirement = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: { title: true, organization: { select: { name: true } } },
  });
  return { title: requirement.title, org: requirement.organization.name };
}

const toBidders =
  (...statuses: ProposalStatus[]) =>
  (tx: Tx, p: { requirementId: string }) =>
    biddersWithStatus(tx, p.requirementId, statuses);

type RequirementEvent = { requirementId: string };

/** How many of a recommendation's reasons its notice names (the largest contributions). */
const TOP_REASONS = 3;
const REASON_SEPARATOR: Record<Locale, string> = { "zh-CN": "；", en: "; " };

/** A new requirement is announced to a user once, whether by a saved search or as a recommendation. */
const newRequirementKey = (p: RequirementEvent) => `requirement.new:${p.requirementId}`;
type ReasonedEvent = RequirementEvent & { reason: string };

function define<P>(definition: EventDefinition<P>): EventDefinition<P> {
  return definition;
}

/**
 * Every notification type, its payload, recipients and message. A new one is an entry here and a
 * `notify(tx, { type, ... })` call in the transaction of the change (docs/notifications.md).
 */
export const NOTIFICATION_EVENTS = {
  "requirement.approved": define<RequirementEvent>({
    recipients: toOwners,
    message: requirementLink(),
  }),
  "requirement.changesRequested": define<ReasonedEvent>({
    recipients: toOwners,
    message: withReason("#status-reason"),
  }),
  "requirement.rejected": define<ReasonedEvent>({
    recipients: toOwners,
    message: withReason("#status-reason"),
  }),
  "requirement.takenDown": define<ReasonedEvent>({
    recipients: toOwners,
    message: withReason("#status-reason"),
  }),
  "question.asked": define<RequirementEvent>({
    recipients: toOwners,
    message: async (tx, p) => ({
      params: { title: await requirementTitle(tx, p.requirementId) },
      href: "/dashboard/questions",
    }),
  }),
  "clarification.published": define<RequirementEvent>({
    recipients: toFollowingVendors,
    message: requirementLink("#clarifications"),
  }),
  "deadline.changed": define<RequirementEvent>({
    recipients: toFollowingVendors,
    message: requirementLink("#change-notices"),
  }),
  "deadline.reminder": define<RequirementEvent>({
    recipients: (tx, p) =>
      interestedVendors(tx, p.requirementId, { bookmarked: true, invited: true, draft: true }),
    message: requirementLink("#schedule"),
  }),
  "proposal.receipt": define<RequirementEvent & { vendorOrgId: string; version: number }>({
    recipients: (tx, p) => organizationMembers(tx, p.vendorOrgId),
    message: async (tx, p) => ({
      params: { title: await requirementTitle(tx, p.requirementId), version: String(p.version) },
      href: `/requirements/${p.requirementId}/proposal`,
    }),
  }),
  /** The enterprise learns how many proposals are in, never whose. */
  "proposal.received": define<RequirementEvent & { count: number }>({
    recipients: toOwners,
    message: async (tx, p) => ({
      params: { title: await requirementTitle(tx, p.requirementId), count: String(p.count) },
      href: `/requirements/${p.requirementId}`,
    }),
  }),
  /** The invited vendor's members; the link opens the requirement, which marks it viewed. */
  "bid.invited": define<RequirementEvent & { vendorOrgId: string }>({
    recipients: (tx, p) => organizationMembers(tx, p.vendorOrgId),
    message: async (tx, p) => ({
      params: await titleAndBuyer(tx, p.requirementId),
      href: `/requirements/${p.requirementId}`,
    }),
  }),
  /** Every bidder whose proposal counts; none learns who else bid. */
  "proposals.opened": define<RequirementEvent>({
    recipients: toBidders(...COUNTED_PROPOSALS),
    message: ownProposalLink,
  }),
  /** Outcomes go to each bidder by its own proposal's status, written in the same transaction. */
  "outcome.awarded": define<RequirementEvent>({
    recipients: toBidders("AWARDED"),
    message: ownProposalLink,
  }),
  "outcome.notAwarded": define<RequirementEvent>({
    recipients: toBidders("NOT_AWARDED"),
    message: ownProposalLink,
  }),
  "outcome.unsuccessful": define<ReasonedEvent>({
    recipients: toBidders("NOT_AWARDED"),
    message: withReason("/proposal"),
  }),
  "contract.recorded": define<RequirementEvent>({
    recipients: (tx, p) => awardedVendorMembers(tx, p.requirementId),
    message: async (tx, p) => ({
      params: await titleAndBuyer(tx, p.requirementId),
      href: `/requirements/${p.requirementId}/proposal`,
    }),
  }),
  /** The rating is public (the vendor's track record), so the vendor's profile is the link. */
  "rating.received": define<RequirementEvent & { vendorOrgId: string; rating: number }>({
    recipients: (tx, p) => organizationMembers(tx, p.vendorOrgId),
    message: async (tx, p) => ({
      params: { ...(await titleAndBuyer(tx, p.requirementId)), rating: String(p.rating) },
      href: `/vendors/${p.vendorOrgId}`,
    }),
  }),
  "verification.approved": define<{ orgId: string }>({
    recipients: (tx, p) => organizationOwners(tx, p.orgId),
    message: async (tx, p) => ({
      params: { org: (await orgName(tx, p.orgId)) ?? "" },
      href: "/organization",
    }),
  }),
  "verification.rejected": define<{ orgId: string; reason: string }>({
    recipients: (tx, p) => organizationOwners(tx, p.orgId),
    message: async (tx, p) => ({
      params: { org: (await orgName(tx, p.orgId)) ?? "", reason: p.reason },
      href: "/organization/verification",
    }),
  }),
  "member.joined": define<{ orgId: string; memberUserId: string }>({
    recipients: async (tx, p) =>
      (await organizationOwners(tx, p.orgId)).filter((id) => id !== p.memberUserId),
    message: async (tx, p) => {
      const member = await tx.user.findUniqueOrThrow({
        where: { id: p.memberUserId },
        select: { name: true },
      });
      return {
        params: { org: (await orgName(tx, p.orgId)) ?? "", name: member.name },
        href: "/organization/members",
      };
    },
  }),
  "member.removed": define<{ userId: string; orgName: string }>({
    recipients: async (_tx, p) => [p.userId],
    message: async (_tx, p) => ({ params: { org: p.orgName }, href: "/account" }),
    security: true,
  }),
  /** A newly published requirement fits the vendor well (lib/jobs/new-requirement-jobs.ts). */
  "requirement.recommended": define<
    RequirementEvent & { vendorOrgId: string; contributions: Contribution[] }
  >({
    recipients: (tx, p) => organizationMembers(tx, p.vendorOrgId),
    message: async (tx, p, locale) => ({
      params: {
        title: await requirementTitle(tx, p.requirementId),
        reasons: formatReasons(p.contributions.slice(0, TOP_REASONS), locale).join(
          REASON_SEPARATOR[locale],
        ),
      },
      href: `/requirements/${p.requirementId}`,
    }),
    digest: true,
    onceKey: newRequirementKey,
  }),
  /** A newly published requirement is found by a saved search with alerts on. */
  "savedSearch.hits": define<
    RequirementEvent & { userId: string; savedSearchId: string; name: string }
  >({
    recipients: async (_tx, p) => [p.userId],
    message: async (tx, p) => ({
      params: { title: await requirementTitle(tx, p.requirementId), search: p.name },
      href: `/requirements/${p.requirementId}`,
    }),
    digest: true,
    onceKey: newRequirementKey,
  }),
} as const;

async function orgName(tx: Tx, orgId: string): Promise<string | null> {
  const org = await tx.organization.findUnique({ where: { id: orgId }, select: { name: true } });
  return org?.name ?? null;
}

export type NotificationType = keyof typeof NOTIFICATION_EVENTS;

type PayloadOf<T> = T extends EventDefinition<infer P> ? P : never;

/** An event of one type with its payload, as `notify` takes it. */
export type NotificationEvent = {
  [K in NotificationType]: { type: K } & PayloadOf<(typeof NOTIFICATION_EVENTS)[K]>;
}[NotificationType];

export const NOTIFICATION_TYPES = Object.keys(NOTIFICATION_EVENTS) as NotificationType[];

export const isNotificationType = (value: string): value is NotificationType =>
  Object.hasOwn(NOTIFICATION_EVENTS, value);

export const isSecurityType = (type: NotificationType): boolean =>
  "security" in NOTIFICATION_EVENTS[type];

export const isDigestType = (type: NotificationType): boolean =>
  "digest" in NOTIFICATION_EVENTS[type];

/** The types a digest gathers (new matching requirements and saved-search hits). */
export const DIGEST_TYPES = NOTIFICATION_TYPES.filter(isDigestType);
