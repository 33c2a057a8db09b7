import { getFormatter, getTranslations } from "next-intl/server";
import type { CaughtMail } from "@/lib/domain/admin/list-caught-mail";
import { LinkedText } from "./linked-text";

/** The caught messages, newest first; each opens to its plain-text part. */
export async function CaughtMailList({ messages }: { messages: CaughtMail[] }) {
  const [t, format] = await Promise.all([getTranslations("admin.mail"), getFormatter()]);
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
      {messages.map((message) => (
        <li key={message.id}>
          <details className="group">
            <summary className="flex cursor-pointer flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50 group-open:bg-slate-50">
              <span className="font-medium text-slate-900">
                {message.subject || t("noSubject")}
              </span>
              <span className="text-sm text-slate-500">
                {t("to")} {message.to} ·{" "}
                {format.dateTime(message.date, { dateStyle: "medium", timeStyle: "medium" })}
              </span>
            </summary>
            <div className="border-t border-slate-100 px-4 py-4 text-sm leading-relaxed whitespace-pre-wrap break-words text-slate-800">
              <LinkedText text={message.text} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
