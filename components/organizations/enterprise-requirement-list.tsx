import { getTranslations } from "next-intl/server";
import type { ShownRequirements } from "@/lib/domain/requirements/list-enterprise-requirements";
import { RequirementCard } from "@/components/requirements/requirement-card";

/**
 * One of an enterprise's lists of requirements, with how many there are. (Awarded ones will name
 * their winner on the card once awards are published.)
 */
export async function EnterpriseRequirementList({
  id,
  title,
  empty,
  list,
}: {
  id: string;
  title: string;
  empty: string;
  list: ShownRequirements;
}) {
  const t = await getTranslations("enterprises");
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="font-normal text-slate-500">({list.count})</span>
      </h2>
      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">
          {empty}
        </p>
      ) : (
        <ul className="space-y-4">
          {list.items.map((requirement) => (
            <li key={requirement.id}>
              <RequirementCard requirement={requirement} />
            </li>
          ))}
        </ul>
      )}
      {list.count > list.items.length && (
        <p className="text-sm text-slate-500">
          {t("showingSome", { shown: list.items.length, count: list.count })}
        </p>
      )}
    </section>
  );
}
