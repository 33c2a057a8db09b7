import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganizationListPage } from "@/lib/domain/admin/list-organizations";
import { VerificationStatusBadge } from "@/components/verification/verification-status-badge";
import { Table, cellClass, rowHeaderClass } from "@/components/ui/table";

type Organization = OrganizationListPage["organizations"][number];

export async function OrganizationTable({ organizations }: { organizations: Organization[] }) {
  const [t, tk, format] = await Promise.all([
    getTranslations("admin.organizations"),
    getTranslations("admin.kind"),
    getFormatter(),
  ]);
  const columns = [
    "colName",
    "colKind",
    "colCreditCode",
    "colMembers",
    "colVerification",
    "colCreated",
  ].map((key) => ({ label: t(key) }));
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <Table caption={t("title")} columns={columns}>
      {organizations.map((org) => (
        <tr key={org.id}>
          <th scope="row" className={rowHeaderClass}>
            {org.name}
            {(org.nameEn || org.key) && (
              <span className="block text-xs font-normal text-slate-500">
                {[org.nameEn, org.key].filter(Boolean).join(" · ")}
              </span>
            )}
          </th>
          <td className={`${cellClass} whitespace-nowrap`}>{tk(org.kind)}</td>
          <td className={cellClass}>
            {org.creditCode ? <span className="font-mono text-xs">{org.creditCode}</span> : "—"}
          </td>
          <td className={`${cellClass} text-right tabular-nums`}>{org.memberCount}</td>
          <td className={`${cellClass} whitespace-nowrap`}>
            <VerificationStatusBadge status={org.verificationStatus} />
            {org.verificationStatus === "VERIFIED" && org.verifiedAt && (
              <span className="block text-xs text-slate-500">{date(org.verifiedAt)}</span>
            )}
          </td>
          <td className={`${cellClass} whitespace-nowrap`}>{date(org.createdAt)}</td>
        </tr>
      ))}
    </Table>
  );
}
