import { getFormatter, getTranslations } from "next-intl/server";
import type { QuestionView } from "@/lib/domain/questions/question-view";

/** The vendor's own questions on the requirement, with the answers only they see. */
export async function OwnQuestionList({ questions }: { questions: QuestionView[] }) {
  const [t, format] = await Promise.all([getTranslations("clarifications.own"), getFormatter()]);
  if (questions.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const status = (q: QuestionView) =>
    q.published ? t("published") : q.answer ? t("answered") : t("pending");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("asker", { letter: questions[0]!.asker })}</p>
      <ul className="space-y-3">
        {questions.map((q) => (
          <li key={q.id} className="rounded-md bg-slate-50 p-3 text-sm">
            <p className="flex flex-wrap justify-between gap-x-3 text-slate-500">
              <time dateTime={q.askedAt.toISOString()}>
                {format.dateTime(q.askedAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <span className={q.answer ? "text-emerald-800" : "text-amber-800"}>{status(q)}</span>
            </p>
            <p className="mt-1 whitespace-pre-line text-slate-900">{q.body}</p>
            {q.attachment && (
              <a href={q.attachment.href} className="mt-1 inline-block text-brand-700 underline">
                {t("attachment", { name: q.attachment.originalName })}
              </a>
            )}
            {q.answer && (
              <p className="mt-2 border-l-2 border-brand-600 pl-3 whitespace-pre-line text-slate-800">
                {q.answer}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
