import { getFormatter, getTranslations } from "next-intl/server";
import type { ClarificationView } from "@/lib/domain/questions/clarification-view";

/** Published clarifications in the order they were published, each with its date. */
export async function ClarificationList({ items }: { items: ClarificationView[] }) {
  const [t, format] = await Promise.all([getTranslations("clarifications"), getFormatter()]);
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li key={item.id} className="rounded-md border border-slate-200 p-4">
          <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
            <span className="font-medium text-slate-900">
              {item.asker ? t("askerLabel", { letter: item.asker }) : t("addendum")}
            </span>
            <time dateTime={item.publishedAt.toISOString()} className="text-slate-500">
              {format.dateTime(item.publishedAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </p>
          {item.question && (
            <p className="mt-2 whitespace-pre-line text-slate-800">{item.question}</p>
          )}
          <div className={item.question ? "mt-3 border-l-2 border-brand-600 pl-3" : "mt-2"}>
            {item.question && <p className="text-xs font-medium text-brand-700">{t("answer")}</p>}
            <p className="whitespace-pre-line text-slate-800">{item.body}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
