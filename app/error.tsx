"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  primaryActionClass,
  secondaryActionClass,
  SystemPage,
} from "@/components/layout/system-page";

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
      <button type="button" onClick={retry} className={primaryActionClass}>
        {t("retry")}
      </button>
      <Link href="/" className={secondaryActionClass}>
        {t("home")}
      </Link>
    </SystemPage>
  );
}
