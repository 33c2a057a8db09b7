import { getTranslations } from "next-intl/server";
import { listOrganizations } from "@/lib/domain/admin/list-organizations";
import {
  ORGANIZATION_KINDS,
  VERIFICATION_STATUSES,
} from "@/lib/domain/admin/list-organizations.schema";
import { Panel } from "@/components/ui/panel";
import { OrganizationTable } from "@/components/admin/organization-table";
import { Pagination } from "@/components/admin/pagination";
import { FilterSelect, SearchForm } from "@/components/admin/search-form";
import { requireAdminPage } from "../require-admin-page";

export default async function AdminOrganizationsPage({
  searchParams,
}: PageProps<"/admin/organizations">) {
  const admin = await requireAdminPage("/admin/organizations");
  const [t, tk, tv, list] = await Promise.all([
    getTranslations("admin.organizations"),
    getTranslations("admin.kind"),
    getTranslations("verification.status"),
    listOrganizations(admin, await searchParams),
  ]);
  const { q, kind, verification } = list.filters;
  return (
    <Panel id="organizations" title={t("title")}>
      <SearchForm basePath="/admin/organizations" queryLabel={t("searchLabel")} query={q}>
        <FilterSelect
          name="kind"
          label={t("kind")}
          value={kind}
          options={ORGANIZATION_KINDS.map((value) => ({ value, label: tk(value) }))}
        />
        <FilterSelect
          name="verification"
          label={t("verification")}
          value={verification}
          options={VERIFICATION_STATUSES.map((value) => ({ value, label: tv(value) }))}
        />
      </SearchForm>
      {list.organizations.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <OrganizationTable organizations={list.organizations} />
      )}
      <Pagination
        basePath="/admin/organizations"
        params={{ q, kind, verification }}
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
      />
    </Panel>
  );
}
