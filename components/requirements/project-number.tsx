import { getTranslations } from "next-intl/server";

/** 项目编号 ZP-2026-000123, as procurement portals show it; nothing before publication. */
export async function ProjectNumber({
  number,
  className = "",
}: {
  number: string | null;
  className?: string;
}) {
  if (!number) return null;
  const t = await getTranslations("requirement");
  return (
    <span className={`whitespace-nowrap text-slate-500 ${className}`.trimEnd()}>
      {t("projectNumber")} <span className="font-mono text-slate-700">{number}</span>
    </span>
  );
}
