import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { listMembers } from "@/lib/domain/members/list-members";
import { Panel } from "@/components/ui/panel";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { LeaveOrganization } from "@/components/members/leave-organization";
import { MemberTable } from "@/components/members/member-table";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { ownerOf } from "@/lib/auth/guards";

export default async function MembersPage() {
  const actor = await requireSignedInPage("/organization/members");
  const t = await getTranslations("members");
  if (!actor.orgId) return <p className="text-slate-600">{t("noOrganization")}</p>;

  const list = await listMembers(actor, { orgId: actor.orgId });
  const isOwner = ownerOf.can(actor, actor.orgId);
  return (
    <div className="space-y-6">
      {isOwner && (
        <Panel id="invite" title={t("inviteTitle")}>
          <p className="mb-4 text-sm text-slate-600">{t("inviteIntro")}</p>
          <InviteMemberForm />
        </Panel>
      )}
      {list.invitations && (
        <Panel id="pending" title={t("pendingTitle")}>
          <PendingInvitations invitations={list.invitations} />
        </Panel>
      )}
      <Panel id="members" title={t("membersTitle", { count: list.members.length })}>
        <MemberTable members={list.members} viewerId={actor.userId} viewerIsOwner={isOwner} />
      </Panel>
      <Panel id="leave" title={t("leaveTitle")}>
        <LeaveOrganization isLastOwner={isOwner && list.ownerCount === 1} />
      </Panel>
    </div>
  );
}
