"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { requestSignInUnlockAction } from "@/app/(auth)/actions";
import { useErrorText } from "@/components/forms/use-error-text";

/**
 * Shown when strangers' failures hold the account back: the owner asks for an emailed link that
 * lets this browser sign in. A button, not a form: it sits inside the sign-in form.
 */
export function UnlockRequest({ email }: { email: string }) {
  const t = useTranslations("auth");
  const text = useErrorText();
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<string | null>(null);
  const send = () =>
    startTransition(async () => {
      const error = await requestSignInUnlockAction(email);
      setAnswer(error ? text(error) : t("unlockSent"));
    });
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
      <p>{t("unlockOffer")}</p>
      {answer ? (
        <p role="status" className="mt-2 font-medium text-slate-900">
          {answer}
        </p>
      ) : (
        <button
          type="button"
          onClick={send}
          disabled={pending || email === ""}
          className="mt-2 rounded-md border border-brand-600 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {pending ? t("submitting") : t("unlockSend")}
        </button>
      )}
    </div>
  );
}
