import { getFormatter, getTranslations } from "next-intl/server";
import type { MemberList } from "@/lib/domain/members/list-members";
import { removeMemberAction, transferOwnershipAction } from "@/app/organization/members/actions";
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
  const header = "px-3 py-2 text-left text-xs font-medium tracking-wide text-slate-500 uppercase";
  return (
    <div className="-mx-3 overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className={header}>
              {t("colName")}
            </th>
            <th scope="col" className={header}>
              {t("colEmail")}
            </th>
            <th scope="col" className={header}>
              {t("colRole")}
            </th>
            <th scope="col" className={header}>
              {t("colJoined")}
            </th>
            {viewerIsOwner && (
              <th scope="col" className={header}>
                <span className="sr-only">{t("colActions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row" className="px-3 py-3 text-left font-medium text-slate-900">
                {member.name}
                {member.id === viewerId && (
                  <span className="ml-1 font-normal text-slate-500">{t("you")}</span>
                )}
              </th>
              <td className="px-3 py-3 text-slate-600">{member.email}</td>
              <td className="px-3 py-3">
                <RoleBadge role={member.role} />
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-slate-600">
                {format.dateTime(member.joinedAt, { dateStyle: "medium" })}
              </td>
              {viewerIsOwner && (
                <td className="px-3 py-3">
                  {member.id !== viewerId && <MemberActions member={member} />}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
