import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/lib/config";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { MAX_ACTIVE_API_TOKENS } from "@/lib/domain/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/domain/api-tokens/list-api-tokens";
import { Panel } from "@/components/ui/panel";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenList } from "@/components/api-tokens/token-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiTokens");
  return { title: t("metaTitle") };
}

/** The signed-in user's personal API tokens: create (shown once), list, revoke. */
export default async function ApiTokensPage() {
  const actor = await requireSignedInPage("/account/tokens");
  const [t, tokens] = await Promise.all([getTranslations("apiTokens"), listApiTokens(actor)]);
  return (
    <div className="space-y-6">
      <header>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="mt-2 max-w-3xl text-slate-600">{t("intro")}</p>
        <p className="mt-2 text-sm">
          <Link
            href="/api-docs"
            className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("docsLink")}
          </Link>
        </p>
      </header>
      <Panel id="create-token" title={t("createTitle")}>
        <CreateTokenForm apiBase={appUrl()} maxTokens={MAX_ACTIVE_API_TOKENS} />
      </Panel>
      <Panel id="tokens" title={t("listTitle")}>
        <TokenList tokens={tokens} />
      </Panel>
    </div>
  );
}
