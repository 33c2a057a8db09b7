import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { suggestVendorTeams } from "@/lib/domain/matching/suggest-vendor-teams";

type Team = Awaited<ReturnType<typeof suggestVendorTeams>>[number];

/** 联合体推荐: shown only when no single vendor covers every required capability. */
export async function TeamSuggestions({ teams }: { teams: Team[] }) {
  if (teams.length === 0) return null;
  const t = await getTranslations("matching.teams");
  return (
    <section aria-labelledby="vendor-teams" className="space-y-3 border-t border-slate-100 pt-4">
      <h3 id="vendor-teams" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ol className="space-y-3">
        {teams.map((team, i) => (
          <li key={team.members.map((m) => m.vendor.id).join()} className="text-sm">
            <p className="font-medium">{t("team", { number: i + 1 })}</p>
            <ul className="mt-1 space-y-1">
              {team.members.map((member, j) => (
                <li key={member.vendor.id}>
                  <Link
                    href={`/vendors/${member.vendor.id}`}
                    className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    {team.reasons[j]}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
