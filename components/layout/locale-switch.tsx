import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/app/actions/switch-locale";

export async function LocaleSwitch() {
  const [locale, t, separators] = await Promise.all([
    getLocale(),
    getTranslations("nav"),
    getTranslations("listSeparators"),
  ]);
  const other = locale === "en" ? "zh-CN" : "en";
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={`${t("language")}${separators("labelValue")}${t("switchTo")}`}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
