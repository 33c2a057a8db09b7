"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { withdrawProposalAction } from "@/app/requirements/[id]/proposal/actions";
import { FormAlert } from "@/components/forms/form-alert";

/** Withdraws the submitted proposal (it can be submitted again before the deadline). */
export function WithdrawForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("proposals");
  const [result, action, pending] = useActionState(withdrawProposalAction, undefined);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="requirementId" value={requirementId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-rose-300 bg-white px-3 py-1.5 text-sm font-medium text-rose-700 hover:bg-rose-50 disabled:opacity-60"
      >
        {pending ? t("withdrawing") : t("withdraw")}
      </button>
      <p className="text-xs text-slate-500">{t("withdrawHint")}</p>
      <FormAlert errors={result?.error?.[""] ?? undefined} />
    </form>
  );
}
