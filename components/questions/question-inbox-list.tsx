import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { InboxQuestion } from "@/lib/domain/questions/list-question-inbox";
import { AnswerQuestionForm } from "./answer-question-form";

const STATUS_TONE = {
  pending: "bg-amber-100 text-amber-900",
  answered: "bg-sky-100 text-sky-900",
  published: "bg-emerald-100 text-emerald-900",
} as const;

/** The inbox's questions, each with its status and, until published, the answer form. */
export async function QuestionInboxList({ questions }: { questions: InboxQuestion[] }) {
  const [t, format] = await Promise.all([getTranslations("clarifications.inbox"), getFormatter()]);
  if (questions.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="space-y-4">
      {questions.map((q) => {
        const status = q.published ? "published" : q.answer ? "answered" : "pending";
        const heading = t("questionFrom", { letter: q.asker });
        return (
          <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="font-semibold text-slate-900">{heading}</h2>
              <span
                className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${STATUS_TONE[status]}`}
              >
                {t(status)}
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600">
              <Link
                href={`/requirements/${q.requirementId}`}
                className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                {t("requirement", { title: q.requirementTitle })}
              </Link>
              {" · "}
              <time dateTime={q.askedAt.toISOString()}>
                {t("askedAt", { date: when(q.askedAt) })}
              </time>
            </p>
            <p className="mt-3 whitespace-pre-line text-slate-900">{q.body}</p>
            {q.attachment && (
              <a
                href={q.attachment.href}
                className="mt-2 inline-block text-sm text-brand-700 underline"
              >
                {t("attachment", { name: q.attachment.originalName })}
              </a>
            )}
            <div className="mt-4 border-t border-slate-100 pt-4">
              {q.published ? (
                <>
                  <p className="whitespace-pre-line text-slate-800">{q.answer}</p>
                  <p className="mt-2 text-xs text-slate-500">
                    {q.answeredAt && t("answeredAt", { date: when(q.answeredAt) })} · {t("final")}
                  </p>
                </>
              ) : (
                <AnswerQuestionForm questionId={q.id} answer={q.answer} label={heading} />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
