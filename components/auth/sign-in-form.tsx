"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { safeRedirectPath } from "@/lib/http/redirect-target";
import { Input } from "@/components/ui/input";
import { UnlockRequest } from "./unlock-request";
import { Button } from "@/components/ui/button";

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
        <Input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          aria-describedby={error ? "sign-in-error" : undefined}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("password")}
        </label>
        <Input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          aria-describedby={error ? "sign-in-error" : undefined}
        />
      </div>
      <Button type="submit" size="wide" disabled={pending}>
        {pending ? t("submitting") : t("signIn")}
      </Button>
    </form>
  );
}
