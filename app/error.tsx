"use client";

import { useTranslations } from "next-intl";
import { SystemPage } from "@/components/layout/system-page";
import { Button, ButtonLink } from "@/components/ui/button";

/**
 * A page that failed to render, inside the site's layout and language: try again (which
 * fetches the page anew) or go home. The reference matches the error in the server's log.
 */
export default function ErrorPage({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const t = useTranslations("systemPages");
  return (
    <SystemPage
      code="500"
      title={t("errorTitle")}
      text={
        <>
          <p>{t("errorText")}</p>
          {error.digest && (
            <p className="mt-2 text-xs text-slate-500">
              {t("errorReference", { digest: error.digest })}
            </p>
          )}
        </>
      }
    >
      <Button onClick={retry}>{t("retry")}</Button>
      <ButtonLink href="/" tone="secondary">
        {t("home")}
      </ButtonLink>
    </SystemPage>
  );
}
