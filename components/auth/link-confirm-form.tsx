"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormResult } from "@/lib/forms/handle-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";

type LinkAction = (previous: FormResult | undefined, formData: FormData) => Promise<FormResult>;

/**
 * The button behind an emailed link (a POST, so that mail scanners opening links cannot use up
 * the token), then what happened and a way on.
 */
export function LinkConfirmForm({
  token,
  action: serverAction,
  button,
  done,
  next,
}: {
  token: string;
  action: LinkAction;
  button: string;
  done: string;
  next: { href: string; label: string };
}) {
  const t = useTranslations("auth");
  const [lastResult, action] = useActionState(serverAction, undefined);
  if (lastResult?.status === "success")
    return (
      <div
        role="status"
        className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
      >
        <p>{done}</p>
        <Link href={next.href} className="mt-2 inline-block font-medium text-brand-700 underline">
          {next.label}
        </Link>
      </div>
    );
  return (
    <form action={action} className="space-y-4">
      <FormAlert errors={lastResult?.error?.[""] ?? undefined} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText={t("submitting")}>{button}</SubmitButton>
    </form>
  );
}
