import { getTranslations } from "next-intl/server";
import { listUsers } from "@/lib/domain/admin/list-users";
import { USER_STATUSES } from "@/lib/domain/admin/list-users.schema";
import { Panel } from "@/components/ui/panel";
import { Pagination } from "@/components/admin/pagination";
import { FilterSelect, SearchForm } from "@/components/admin/search-form";
import { UserTable } from "@/components/admin/user-table";
import { requireAdminPage } from "../require-admin-page";

export default async function AdminUsersPage({ searchParams }: PageProps<"/admin/users">) {
  const admin = await requireAdminPage("/admin/users");
  const [t, list] = await Promise.all([
    getTranslations("admin.users"),
    listUsers(admin, await searchParams),
  ]);
  const { q, status } = list.filters;
  return (
    <Panel id="users" title={t("title")}>
      <SearchForm basePath="/admin/users" queryLabel={t("searchLabel")} query={q}>
        <FilterSelect
          name="status"
          label={t("status")}
          value={status}
          options={USER_STATUSES.map((value) => ({ value, label: t(`statusValue.${value}`) }))}
        />
      </SearchForm>
      {list.users.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <UserTable users={list.users} viewerId={admin.userId} />
      )}
      <Pagination
        basePath="/admin/users"
        params={{ q, status }}
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
      />
    </Panel>
  );
}
