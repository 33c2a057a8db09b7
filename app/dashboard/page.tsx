import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { listOrganizationRequirements } from "@/lib/domain/requirements/authoring/list-organization-requirements";
import { dashboardHref } from "@/components/dashboard/dashboard-href";
import { EmptyDashboard } from "@/components/dashboard/empty-dashboard";
import { NewRequirementLink } from "@/components/dashboard/new-requirement-link";
import { Pagination } from "@/components/dashboard/pagination";
import { RequirementGroups } from "@/components/dashboard/requirement-groups";
import { StatusFilter } from "@/components/dashboard/status-filter";
import { SuccessNotice } from "@/components/dashboard/success-notice";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { dashboardQuery } from "./dashboard-query";
import { memberOfKind } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authoring.dashboard");
  return { title: t("title") };
}

/** The enterprise's workspace: its requirements by status, and where to start a new one. */
export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const query = dashboardQuery(await searchParams);
  const actor = await requireSignedInPage(dashboardHref(query));
  if (!memberOfKind.can(actor, "ENTERPRISE"))
    return <OrganizationKindNotice actor={actor} requires="ENTERPRISE" />;

  const [t, tStatus, tDone, list] = await Promise.all([
    getTranslations("authoring.dashboard"),
    getTranslations("status"),
    getTranslations("moderation.done"),
    listOrganizationRequirements(actor, {
      orgId: actor.orgId ?? "",
      status: query.status,
      page: query.page,
    }),
  ]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <NewRequirementLink label={t("newRequirement")} />
      </header>
      {query.submitted && <SuccessNotice>{tDone("submit")}</SuccessNotice>}
      {list.total === 0 ? (
        <EmptyDashboard />
      ) : (
        <>
          <StatusFilter counts={list.counts} total={list.total} active={list.status} />
          {list.matching === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
              {t("emptyFiltered", { status: tStatus(list.status!) })}
              <Link
                href={dashboardHref()}
                className="mt-2 block text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                {t("showAll")}
              </Link>
            </p>
          ) : (
            <RequirementGroups groups={list.groups} />
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => dashboardHref({ status: list.status, page })}
          />
        </>
      )}
    </div>
  );
}
