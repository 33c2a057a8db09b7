"use client";

import en from "@/messages/en/common.json";
import zh from "@/messages/zh-CN/common.json";
import { SystemPage } from "@/components/layout/system-page";
import { Button, ButtonLink } from "@/components/ui/button";
import "./globals.css";

/**
 * When the root layout itself fails, nothing (not the language cookie's reader) can be trusted to
 * work: the page says it in both languages, each with its way back.
 */
export default function GlobalError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 px-4 py-16 text-slate-900">
        <SystemPage
          code="500"
          title={zh.systemPages.errorTitle}
          text={
            <>
              <p>{zh.systemPages.errorText}</p>
              <p lang="en" className="mt-4">
                <span className="font-semibold">{en.systemPages.errorTitle}.</span>{" "}
                {en.systemPages.errorText}
              </p>
              {error.digest && <p className="mt-2 text-xs text-slate-500">{error.digest}</p>}
            </>
          }
        >
          <Button onClick={retry}>
            {zh.systemPages.retry} · <span lang="en">{en.systemPages.retry}</span>
          </Button>
          <ButtonLink href="/" tone="secondary">
            {zh.systemPages.home} · <span lang="en">{en.systemPages.home}</span>
          </ButtonLink>
        </SystemPage>
      </body>
    </html>
  );
}
