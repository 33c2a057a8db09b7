import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SystemPage } from "@/components/layout/system-page";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("systemPages");
  return { title: t("notFoundTitle") };
}

/** Any URL the app does not know, in the reader's language, with the ways back. */
export default async function NotFound() {
  const t = await getTranslations("systemPages");
  return (
    <SystemPage code="404" title={t("notFoundTitle")} text={<p>{t("notFoundText")}</p>}>
      <ButtonLink href="/">{t("home")}</ButtonLink>
      <ButtonLink href="/vendors" tone="secondary">
        {t("vendors")}
      </ButtonLink>
    </SystemPage>
  );
}
