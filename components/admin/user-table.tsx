import { getFormatter, getTranslations } from "next-intl/server";
import type { UserListPage } from "@/lib/domain/admin/list-users";
import { Badge } from "@/components/ui/badge";
import { Table, cellClass, rowHeaderClass } from "@/components/ui/table";
import { UserStatusForms } from "./user-status-forms";

type User = UserListPage["users"][number];

const statusTone = { ACTIVE: "success", SUSPENDED: "danger" } as const;

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
    <Table caption={t("title")} columns={[...columns, { label: t("colActions"), hidden: true }]}>
      {users.map((user) => (
        <tr key={user.id}>
          <th scope="row" className={rowHeaderClass}>
            {user.name}
            {user.id === viewerId && (
              <span className="ml-1 font-normal text-slate-500">{t("you")}</span>
            )}
            {user.isAdmin && (
              <span className="ml-2">
                <Badge tone="brand">{t("adminBadge")}</Badge>
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
            <Badge tone={statusTone[user.status]}>{t(`statusValue.${user.status}`)}</Badge>
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
    </Table>
  );
}
