"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { safeRedirectPath } from "@/lib/http/redirect-target";
import { UnlockRequest } from "./unlock-request";

/** Credentials sign-in through next-auth; refusals (wrong password, too many attempts…) are shown here. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState("");

  // Submitted by hand rather than as a form action: React resets a form after its action, and a
  // refused sign-in must keep the email address the user typed.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    setEmail(String(formData.get("email") ?? ""));
    const result = await signIn("credentials", {
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.push(safeRedirectPath(callbackUrl, window.location.origin));
      router.refresh();
    } else {
      setError(result?.error ?? "unexpected");
    }
  }

  return (
    <form onSubmit={submit} method="post" className="space-y-5">
      <FormAlert id="sign-in-error" errors={error ? [error] : undefined} />
      {error?.startsWith("accountProtected") && <UnlockRequest email={email} />}
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-700">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          className={inputClass}
          aria-describedby={error ? "sign-in-error" : undefined}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          className={inputClass}
          aria-describedby={error ? "sign-in-error" : undefined}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("signIn")}
      </button>
    </form>
  );
}
