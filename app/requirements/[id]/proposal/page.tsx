import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { UserActor } from "@/lib/auth/guards";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { DomainError } from "@/lib/domain/errors";
import { getOwnProposal } from "@/lib/domain/proposals/get-own-proposal";
import { EMPTY_DRAFT } from "@/lib/domain/proposals/proposal-content.schema";
import { proposalAttachmentHref, proposalEditorHref } from "@/lib/domain/proposals/proposal-hrefs";
import { DeadlineText } from "@/components/requirements/deadline-text";
import { EligibilityNotice } from "@/components/proposals/eligibility-notice";
import { ProposalAttachments } from "@/components/proposals/proposal-attachments";
import { ProposalEditor } from "@/components/proposals/proposal-editor";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";
import { VersionHistory } from "@/components/proposals/version-history";
import { WithdrawForm } from "@/components/proposals/withdraw-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proposals");
  return { title: t("panelTitle") };
}

/** Only vendors have proposals; for anyone else (and requirements they cannot see) it does not exist. */
async function loadOwn(actor: UserActor, requirementId: string) {
  try {
    return await getOwnProposal(actor, { requirementId });
  } catch (error) {
    if (error instanceof DomainError && ["NOT_FOUND", "FORBIDDEN"].includes(error.code)) notFound();
    throw error;
  }
}

/** The vendor's proposal for one requirement: the editor while open, the history always. */
export default async function ProposalPage({ params }: PageProps<"/requirements/[id]/proposal">) {
  const { id } = await params;
  const actor = await requireSignedInPage(proposalEditorHref(id));
  const own = await loadOwn(actor, id);
  const [t, separators] = await Promise.all([
    getTranslations("proposals"),
    getTranslations("listSeparators"),
  ]);
  const { requirement, proposal } = own;
  return (
    <ClientMessages scope="proposal">
      <article className="mx-auto max-w-3xl space-y-6">
        <Link
          href={`/requirements/${id}`}
          className="inline-block text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          ← {t("backToRequirement")}
        </Link>
        <header className="space-y-2">
          <h1 className="text-2xl font-semibold">
            {t("editorTitle", { title: requirement.title })}
          </h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            {proposal && <ProposalStatusBadge status={proposal.status} />}
            <span>
              {t("deadline")}
              {separators("labelValue")}
              <DeadlineText deadline={requirement.deadline} />
            </span>
          </p>
        </header>
        {requirement.open ? (
          <>
            <EligibilityNotice reasons={own.ineligible} />
            {proposal?.currentVersion && (
              <p className="text-sm text-slate-600">{t("unsubmittedNote")}</p>
            )}
            <ProposalEditor
              requirement={requirement}
              draft={proposal?.draft ?? EMPTY_DRAFT}
              caseStudies={own.caseStudies}
              submittedBefore={!!proposal?.currentVersion}
            />
            <ProposalAttachments
              requirementId={id}
              attachments={(proposal?.attachments ?? []).map((a) => ({
                id: a.id,
                name: a.name,
                href: proposalAttachmentHref(a.id),
              }))}
            />
            {proposal?.status === "SUBMITTED" && <WithdrawForm requirementId={id} />}
          </>
        ) : (
          <p className="rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-600">
            {t("closedNote")}
          </p>
        )}
        {proposal && <VersionHistory requirementId={id} versions={proposal.versions} />}
      </article>
    </ClientMessages>
  );
}
