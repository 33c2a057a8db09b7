import { getFormatter, getTranslations } from "next-intl/server";
import type { MemberList } from "@/lib/domain/members/list-members";
import { removeMemberAction, transferOwnershipAction } from "@/app/organization/members/actions";
import { Table, cellClass, rowHeaderClass } from "@/components/ui/table";
import { ConfirmAction } from "./confirm-action";
import { RoleBadge } from "./role-badge";

type Member = MemberList["members"][number];

/** The organization's members; owners get remove and hand-over buttons on the other rows. */
export async function MemberTable({
  members,
  viewerId,
  viewerIsOwner,
}: {
  members: Member[];
  viewerId: string;
  viewerIsOwner: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("members"), getFormatter()]);
  const columns = [t("colName"), t("colEmail"), t("colRole"), t("colJoined")].map((label) => ({
    label,
  }));
  return (
    <Table
      caption={t("membersCaption")}
      columns={viewerIsOwner ? [...columns, { label: t("colActions"), hidden: true }] : columns}
    >
      {members.map((member) => (
        <tr key={member.id}>
          <th scope="row" className={rowHeaderClass}>
            {member.name}
            {member.id === viewerId && (
              <span className="ml-1 font-normal text-slate-500">{t("you")}</span>
            )}
          </th>
          <td className={cellClass}>{member.email}</td>
          <td className={cellClass}>
            <RoleBadge role={member.role} />
          </td>
          <td className={`${cellClass} whitespace-nowrap`}>
            {format.dateTime(member.joinedAt, { dateStyle: "medium" })}
          </td>
          {viewerIsOwner && (
            <td className={cellClass}>
              {member.id !== viewerId && <MemberActions member={member} />}
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}

async function MemberActions({ member }: { member: Member }) {
  const t = await getTranslations("members");
  const hidden = { userId: member.id };
  const who = { name: member.name, email: member.email };
  return (
    <div className="flex justify-end gap-2 whitespace-nowrap">
      {member.role === "MEMBER" && (
        <ConfirmAction
          triggerLabel={t("transfer")}
          title={t("transferTitle", who)}
          description={t("transferText", who)}
          confirmLabel={t("transferConfirm")}
          action={transferOwnershipAction}
          hidden={hidden}
        />
      )}
      <ConfirmAction
        triggerLabel={t("remove")}
        title={t("removeTitle", who)}
        description={t("removeText", who)}
        confirmLabel={t("removeConfirm")}
        action={removeMemberAction}
        hidden={hidden}
      />
    </div>
  );
}
