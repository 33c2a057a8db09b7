"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { dismissRecommendationAction } from "@/app/workspace/recommendation-actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

/** 不感兴趣: hides the requirement from the feed for good, and lowers ones like it. */
export function DismissButton({ requirementId, title }: { requirementId: string; title: string }) {
  const t = useTranslations("matching.feed");
  const [result, action, pending] = useActionState(dismissRecommendationAction, undefined);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="requirementId" value={requirementId} />
      <Button
        type="submit"
        tone="secondary"
        size="small"
        disabled={pending}
        aria-label={t("dismissLabel", { title })}
      >
        {t("dismiss")}
      </Button>
      <FormAlert errors={result?.error?.[""] ?? undefined} />
    </form>
  );
}
