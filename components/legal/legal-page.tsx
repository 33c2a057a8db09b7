import { getFormatter, getTranslations } from "next-intl/server";
import { contactEmail } from "@/lib/config";

/** When the terms and the privacy policy last changed (shown at the top of both). */
const UPDATED = new Date("2026-12-01T00:00:00+08:00");

interface Section {
  title: string;
  body: string;
}

/** The terms of service or the privacy policy: its sections in order, then how to reach us. */
export async function LegalPage({ document }: { document: "terms" | "privacy" }) {
  const [t, format] = await Promise.all([getTranslations("legal"), getFormatter()]);
  const sections = Object.entries(t.raw(`${document}.sections`) as Record<string, Section>);
  const email = contactEmail();
  return (
    <article className="mx-auto max-w-3xl space-y-6 rounded-lg border border-slate-200 bg-white p-6 sm:p-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t(`${document}.title`)}</h1>
        <p className="text-sm text-slate-500">
          {t("updated", { date: format.dateTime(UPDATED, { dateStyle: "long" }) })}
        </p>
        <p className="leading-relaxed text-slate-700">{t(`${document}.intro`)}</p>
      </header>
      {sections.map(([key, section], i) => (
        <section key={key} aria-labelledby={`${document}-${key}`} className="space-y-2">
          <h2 id={`${document}-${key}`} className="text-lg font-semibold">
            {i + 1}. {section.title}
          </h2>
          {section.body.split("\n\n").map((paragraph) => (
            <p key={paragraph} className="leading-relaxed text-slate-800">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
      <section aria-labelledby={`${document}-contact`} className="space-y-2">
        <h2 id={`${document}-contact`} className="text-lg font-semibold">
          {sections.length + 1}. {t("contactTitle")}
        </h2>
        <p className="leading-relaxed text-slate-800">
          {email
            ? t.rich("contactEmail", {
                email,
                mail: (chunks) => (
                  <a
                    href={`mailto:${email}`}
                    className="break-all text-brand-700 underline underline-offset-2"
                  >
                    {chunks}
                  </a>
                ),
              })
            : t("contactNone")}
        </p>
      </section>
    </article>
  );
}
