"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { CopyButton } from "./copy-button";

/** The token just created, shown this once: copy it, with a warning that it will not come back. */
export function NewTokenNotice({
  name,
  plaintext,
  apiBase,
}: {
  name: string;
  plaintext: string;
  apiBase: string;
}) {
  const t = useTranslations("apiTokens");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [plaintext]);
  const example = `curl -H "Authorization: Bearer ${plaintext}" ${apiBase}/api/v1/requirements`;
  return (
    <section
      aria-labelledby="new-token-title"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h3
        id="new-token-title"
        ref={heading}
        tabIndex={-1}
        className="font-semibold text-slate-900 focus:outline-none"
      >
        {t("newTokenTitle", { name })}
      </h3>
      <p className="text-sm font-medium text-amber-900">{t("newTokenWarning")}</p>
      <div>
        <p id="new-token-label" className="text-sm font-medium text-slate-700">
          {t("tokenLabel")}
        </p>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-center">
          {/* One click selects the whole token, for copying by hand. */}
          <code className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm break-all text-slate-900 select-all">
            {plaintext}
          </code>
          <CopyButton
            text={plaintext}
            label={t("copy")}
            copiedLabel={t("copied")}
            failedLabel={t("copyFailed")}
          />
        </div>
      </div>
      <div>
        <p className="text-sm text-slate-700">{t("usageExample")}</p>
        <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
          <code>{example}</code>
        </pre>
      </div>
    </section>
  );
}
