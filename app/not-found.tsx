import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  primaryActionClass,
  secondaryActionClass,
  SystemPage,
} from "@/components/layout/system-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("systemPages");
  return { title: t("notFoundTitle") };
}

/** Any URL the app does not know, in the reader's language, with the ways back. */
export default async function NotFound() {
  const t = await getTranslations("systemPages");
  return (
    <SystemPage code="404" title={t("notFoundTitle")} text={<p>{t("notFoundText")}</p>}>
      <Link href="/" className={primaryActionClass}>
        {t("home")}
      </Link>
      <Link href="/vendors" className={secondaryActionClass}>
        {t("vendors")}
      </Link>
    </SystemPage>
  );
}
