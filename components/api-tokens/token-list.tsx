import { getFormatter, getTranslations } from "next-intl/server";
import { revokeApiTokenAction } from "@/app/account/tokens/actions";
import type { ApiTokenListItem } from "@/lib/domain/api-tokens/list-api-tokens";
import type { ApiTokenState } from "@/lib/domain/api-tokens/api-token-state";
import { ConfirmAction } from "@/components/members/confirm-action";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const stateTone: Record<ApiTokenState, BadgeTone> = {
  active: "success",
  revoked: "neutral",
  invalidated: "warning",
};

/** The user's tokens: what each is called, starts with and may do, when made and last used. */
export async function TokenList({ tokens }: { tokens: ApiTokenListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("apiTokens"), getFormatter()]);
  if (tokens.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("listCaption")}>
      {tokens.map((token) => (
        <li
          key={token.id}
          className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between"
        >
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-all text-slate-900">{token.name}</span>
              <Badge
                tone={stateTone[token.state]}
                title={token.state === "invalidated" ? t("invalidatedHint") : undefined}
              >
                {t(`state.${token.state}`)}
              </Badge>
              <Badge tone="outline">{t(`scope.${token.scope}`)}</Badge>
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-600">
              <dt>{t("colPrefix")}</dt>
              <dd className="font-mono">{token.prefix}…</dd>
              <dt>{t("colCreated")}</dt>
              <dd>{when(token.createdAt)}</dd>
              <dt>{t("colLastUsed")}</dt>
              <dd>{token.lastUsedAt ? when(token.lastUsedAt) : t("neverUsed")}</dd>
              {token.revokedAt && (
                <>
                  <dt>{t("colRevoked")}</dt>
                  <dd>{when(token.revokedAt)}</dd>
                </>
              )}
            </dl>
            {token.state === "invalidated" && (
              <p className="text-xs text-amber-800">{t("invalidatedHint")}</p>
            )}
          </div>
          {token.state !== "revoked" && (
            <div className="shrink-0">
              <ConfirmAction
                triggerLabel={t("revoke")}
                title={t("revokeTitle", { name: token.name })}
                description={t("revokeText", { prefix: token.prefix })}
                confirmLabel={t("revokeConfirm")}
                action={revokeApiTokenAction}
                hidden={{ tokenId: token.id }}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
