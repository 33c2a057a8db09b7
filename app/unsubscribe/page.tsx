import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DomainError } from "@/lib/domain/errors";
import { readUnsubscribeLink } from "@/lib/domain/notifications/unsubscribe-by-token";
import { Button } from "@/components/ui/button";
import { unsubscribeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unsubscribe");
  return { title: t("title"), robots: { index: false } };
}

async function typeOf(token: string) {
  try {
    return (await readUnsubscribeLink({ token })).type;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** An email's unsubscribe link: asks before it turns the type's email off (no sign-in needed). */
export default async function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  const { token: raw, done } = await searchParams;
  const token = typeof raw === "string" ? raw : "";
  const [t, tTypes, type] = await Promise.all([
    getTranslations("unsubscribe"),
    getTranslations("notifications.types"),
    typeOf(token),
  ]);
  const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900";
  if (!type) {
    return (
      <div className="mx-auto max-w-lg space-y-3">
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p className="text-slate-700">{t("invalid")}</p>
      </div>
    );
  }
  const label = tTypes(`${type}.label` as never);
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {done ? (
        <p role="status" className="text-slate-700">
          {t("done", { type: label })}
        </p>
      ) : (
        <form action={unsubscribeAction} className="space-y-4">
          <input type="hidden" name="token" value={token} />
          <p className="text-slate-700">{t("confirm", { type: label })}</p>
          <Button type="submit">{t("button")}</Button>
        </form>
      )}
      <p>
        <Link href="/account/notifications" className={link}>
          {t("settingsLink")}
        </Link>
      </p>
    </div>
  );
}
