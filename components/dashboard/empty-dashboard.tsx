import { getTranslations } from "next-intl/server";
import { NewRequirementLink } from "./new-requirement-link";

const STEPS = ["draft", "submit", "publish", "evaluate"] as const;

/** Before the first requirement: how publishing works, and where to start. */
export async function EmptyDashboard() {
  const t = await getTranslations("authoring.dashboard");
  return (
    <section
      aria-labelledby="empty-title"
      className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center"
    >
      <h2 id="empty-title" className="text-lg font-semibold text-slate-900">
        {t("emptyTitle")}
      </h2>
      <p className="mt-2 text-slate-600">{t("emptyText")}</p>
      <ol className="mx-auto mt-6 grid max-w-3xl gap-3 text-left text-sm sm:grid-cols-4">
        {STEPS.map((step, index) => (
          <li key={step} className="rounded-md bg-slate-50 p-3 text-slate-700">
            <span className="mb-1 flex h-6 w-6 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800">
              {index + 1}
            </span>
            {t(`emptySteps.${step}`)}
          </li>
        ))}
      </ol>
      <div className="mt-8">
        <NewRequirementLink label={t("newRequirement")} />
      </div>
    </section>
  );
}
