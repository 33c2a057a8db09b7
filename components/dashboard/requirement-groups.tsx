import { getTranslations } from "next-intl/server";
import type { OrganizationRequirements } from "@/lib/domain/requirements/authoring/list-organization-requirements";
import { RequirementRow } from "./requirement-row";

/** The page's requirements under a heading per status, with the status's total count. */
export async function RequirementGroups({
  groups,
}: {
  groups: OrganizationRequirements["groups"];
}) {
  const [t, tStatus] = await Promise.all([
    getTranslations("authoring.dashboard"),
    getTranslations("status"),
  ]);
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.status} aria-labelledby={`group-${group.status}`}>
          <h2 id={`group-${group.status}`} className="mb-2 text-sm font-semibold text-slate-600">
            {t("groupTitle", { status: tStatus(group.status), count: group.count })}
          </h2>
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {group.requirements.map((requirement) => (
              <li key={requirement.id}>
                <RequirementRow requirement={requirement} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
