import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signInHref } from "./sign-in-href";

/** What signing in shows (`text`), then the link to sign in and come back to the requirement. */
export async function SignInPrompt({
  requirementId,
  text,
  className = "text-sm text-slate-600",
}: {
  requirementId: string;
  text: string;
  className?: string;
}) {
  const t = await getTranslations("requirement");
  return (
    <p className={className}>
      {text}{" "}
      <Link
        href={signInHref(requirementId)}
        className="font-medium text-brand-700 underline underline-offset-2"
      >
        {t("signIn")}
      </Link>
    </p>
  );
}
