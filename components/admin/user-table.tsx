import { getFormatter, getTranslations } from "next-intl/server";
import type { UserListPage } from "@/lib/domain/admin/list-users";
import { DataTable, cellClass } from "./data-table";
import { UserStatusForms } from "./user-status-forms";

type User = UserListPage["users"][number];

const statusTone = {
  ACTIVE: "bg-emerald-50 text-emerald-800",
  SUSPENDED: "bg-rose-50 text-rose-800",
} as const;

/** The user accounts, with suspend / reactivate on every row but the viewer's own. */
export async function UserTable({ users, viewerId }: { users: User[]; viewerId: string }) {
  const [t, tr, format] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.role"),
    getFormatter(),
  ]);
  const columns = ["colName", "colEmail", "colOrganization", "colStatus", "colCreated"].map(
    (key) => ({ label: t(key) }),
  );
  return (
    <DataTable
      caption={t("title")}
      columns={[...columns, { label: t("colActions"), hidden: true }]}
    >
      {users.map((user) => (
        <tr key={user.id}>
          <th scope="row" className={`${cellClass} text-left font-medium text-slate-900`}>
            {user.name}
            {user.id === viewerId && (
              <span className="ml-1 font-normal text-slate-500">{t("you")}</span>
            )}
            {user.isAdmin && (
              <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-800">
                {t("adminBadge")}
              </span>
            )}
          </th>
          <td className={cellClass}>
            {user.email}
            {!user.emailVerifiedAt && (
              <span className="block text-xs text-amber-700">{t("unconfirmed")}</span>
            )}
          </td>
          <td className={cellClass}>
            {user.membership ? (
              <>
                {user.membership.organization.name}
                <span className="block text-xs text-slate-500">{tr(user.membership.role)}</span>
              </>
            ) : (
              "—"
            )}
          </td>
          <td className={cellClass}>
            <span
              className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusTone[user.status]}`}
            >
              {t(`statusValue.${user.status}`)}
            </span>
          </td>
          <td className={`${cellClass} whitespace-nowrap`}>
            {format.dateTime(user.createdAt, { dateStyle: "medium" })}
          </td>
          <td className={cellClass}>
            {user.id !== viewerId && (
              <UserStatusForms
                key={user.status}
                userId={user.id}
                name={user.name}
                status={user.status}
              />
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
