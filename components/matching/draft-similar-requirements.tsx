"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import {
  similarToDraftAction,
  type DraftSimilarItem,
} from "@/app/dashboard/requirements/similar-actions";
import type { EditorFields } from "@/components/requirements/editor/editor-types";
import { STATUS_TONE } from "@/components/requirements/status-tone";
import { Badge } from "@/components/ui/badge";
import { ReasonList } from "./reason-list";

/** How long typing must pause before the similar requirements are asked for again. */
const DEBOUNCE_MS = 600;

const asText = (value: unknown) => (typeof value === "string" ? value : "");
const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === "string") : value ? [String(value)] : [];

/** The draft as the similarity query reads it: its texts, tags and industry. */
function draftOf(fields: EditorFields) {
  const text = [fields.title, fields.summary, fields.description]
    .map((field) => asText(field.value))
    .join("\n");
  const industry = asText(fields.industry.value);
  return { text, tags: asList(fields.capabilities.value), industry: industry || undefined };
}

/**
 * 相似需求 while the enterprise drafts: other enterprises' requirements like what it is writing,
 * with their state (open, awarded to whom), updated as the title, texts and tags change.
 */
export function DraftSimilarRequirements({ fields }: { fields: EditorFields }) {
  const t = useTranslations("matching.similar");
  const tStatus = useTranslations("status");
  const draft = draftOf(fields);
  const key = JSON.stringify(draft);
  const [items, setItems] = useState<DraftSimilarItem[]>([]);
  const latest = useRef(0);
  useEffect(() => {
    const probe = JSON.parse(key) as ReturnType<typeof draftOf>;
    const asked = ++latest.current;
    const timer = setTimeout(() => {
      if (probe.text.trim() === "" && probe.tags.length === 0) return setItems([]);
      void similarToDraftAction(probe).then((found) => {
        if (asked === latest.current) setItems(found);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return (
    <section
      aria-labelledby="draft-similar-requirements"
      className="rounded-lg border border-slate-200 bg-white p-6"
    >
      <h2 id="draft-similar-requirements" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("draftIntro")}</p>
      <div aria-live="polite">
        {items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="space-y-4">
            {items.map((item) => (
              <li key={item.id} className="space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/requirements/${item.id}`}
                    target="_blank"
                    className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    {item.title}
                  </Link>
                  <Badge tone={STATUS_TONE[item.status]}>{tStatus(item.status)}</Badge>
                </div>
                <p className="text-sm text-slate-600">
                  {t("by", { organization: item.organization })}
                  {item.awardedTo && ` · ${t("awardedTo", { vendor: item.awardedTo })}`}
                </p>
                <ReasonList reasons={item.reasons} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
