import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { listQuestionInbox } from "@/lib/domain/questions/list-question-inbox";
import { memberOfKind } from "@/lib/auth/guards";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { QuestionInboxList } from "@/components/questions/question-inbox-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clarifications.inbox");
  return { title: t("title") };
}

/** The enterprise's Q&A inbox: every question on its requirements (or one), unanswered first. */
export default async function QuestionInboxPage({
  searchParams,
}: PageProps<"/dashboard/questions">) {
  const { requirement } = await searchParams;
  const requirementId = typeof requirement === "string" && requirement ? requirement : undefined;
  const here = requirementId
    ? `/dashboard/questions?requirement=${encodeURIComponent(requirementId)}`
    : "/dashboard/questions";
  const actor = await requireSignedInPage(here);
  if (!memberOfKind.can(actor, "ENTERPRISE"))
    return <OrganizationKindNotice actor={actor} requires="ENTERPRISE" />;
  const [t, questions] = await Promise.all([
    getTranslations("clarifications.inbox"),
    listQuestionInbox(actor, { requirementId }),
  ]);
  return (
    <div className="space-y-6">
      <Link
        href="/dashboard"
        className="inline-block text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        ← {t("back")}
      </Link>
      <header>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </header>
      <QuestionInboxList questions={questions} />
    </div>
  );
}
