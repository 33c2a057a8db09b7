import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { isVendorMember } from "@/lib/auth/guards";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { getOwnOutcome } from "@/lib/domain/evaluation/outcomes";
import { listOwnProposals } from "@/lib/domain/proposals/list-own-proposals";
import { proposalEditorHref } from "@/lib/domain/proposals/proposal-hrefs";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";
import { EmptyState } from "@/components/vendor-tools/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proposals.mine");
  return { title: t("title") };
}

const HOUR_MS = 3600 * 1000;
const DECIDED: string[] = ["AWARDED", "NOT_AWARDED"];
const one = (value: number | null) => (value === null ? "—" : value.toFixed(1));

/** 我的投标: the vendor organization's proposals, open ones first with the time left by the database's clock. */
export default async function MyProposalsPage() {
  const actor = await requireSignedInPage("/workspace/proposals");
  const [t, te, format] = await Promise.all([
    getTranslations("proposals"),
    getTranslations("evaluation"),
    getFormatter(),
  ]);
  if (!isVendorMember(actor)) return <OrganizationKindNotice actor={actor} requires="VENDOR" />;
  const { now, proposals } = await listOwnProposals(actor);
  // A decided bidder's own scores and rank, when the enterprise shared them.
  const outcomes = new Map(
    await Promise.all(
      proposals
        .filter((p) => DECIDED.includes(p.status))
        .map(async (p) => {
          const outcome = await getOwnOutcome(actor, { requirementId: p.requirement.id });
          return [p.id, outcome.shared] as const;
        }),
    ),
  );
  if (proposals.length === 0) {
    return (
      <EmptyState
        title={t("mine.emptyTitle")}
        text={t("mine.empty")}
        linkLabel={t("mine.emptyLink")}
        href="/"
      />
    );
  }
  const left = (deadline: Date) => {
    const hours = Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / HOUR_MS));
    return t("mine.countdown", { days: Math.floor(hours / 24), hours: hours % 24 });
  };
  return (
    <ul
      aria-label={t("mine.title")}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
    >
      {proposals.map((p) => (
        <li
          key={p.id}
          className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between"
        >
          <div className="min-w-0">
            <Link
              href={proposalEditorHref(p.requirement.id)}
              className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {p.requirement.title}
            </Link>
            {p.requirement.projectNumber && (
              <p className="text-xs text-slate-500">{p.requirement.projectNumber}</p>
            )}
            {outcomes.get(p.id) && (
              <p className="text-sm text-slate-700">
                {te("outcome.shared", {
                  rank: outcomes.get(p.id)!.rank ?? "—",
                  overall: one(outcomes.get(p.id)!.overall),
                })}
                {" · "}
                {outcomes
                  .get(p.id)!
                  .criteria.map((c) =>
                    te("outcome.criterion", { name: c.name, score: one(c.score) }),
                  )
                  .join(te("separator"))}
              </p>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <ProposalStatusBadge status={p.status} />
            {p.currentVersion && (
              <span className="text-slate-600">{t("version", { version: p.currentVersion })}</span>
            )}
            {p.requirement.deadline ? (
              <span className={p.requirement.open ? "text-amber-700" : "text-slate-500"}>
                <time dateTime={p.requirement.deadline.toISOString()}>
                  {format.dateTime(p.requirement.deadline, {
                    dateStyle: "medium",
                    timeStyle: "short",
                  })}
                </time>{" "}
                · {p.requirement.open ? left(p.requirement.deadline) : t("mine.closed")}
              </span>
            ) : (
              <span className="text-slate-500">{t("mine.noDeadline")}</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
