"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatCnyExact } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { typedNumber, type EditorValues } from "./editor-values";

type Item = EditorValues["lineItems"][number];

/** Optional line items (name, quantity, unit price) with their running sum. */
export function LineItemsField({
  items,
  onChange,
  onUseSum,
}: {
  items: Item[];
  onChange: (items: Item[]) => void;
  onUseSum: (sum: number) => void;
}) {
  const t = useTranslations("proposals");
  const locale = useLocale() as Locale;
  const sum = items.reduce(
    (total, item) =>
      total + (typedNumber(item.quantity) ?? 0) * (typedNumber(item.unitPriceCny) ?? 0),
    0,
  );
  const update = (index: number, next: Partial<Item>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...next } : item)));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">{t("lineItems")}</legend>
      <ul className="mt-2 space-y-2">
        {items.map((item, i) => (
          <li key={i} className="grid grid-cols-[1fr_5rem] gap-2 sm:grid-cols-[1fr_6rem_9rem_auto]">
            <Input
              aria-label={`${t("lineItemName")} ${i + 1}`}
              placeholder={t("lineItemName")}
              className="col-span-2 sm:col-span-1"
              value={item.name}
              onChange={(e) => update(i, { name: e.target.value })}
            />
            <Input
              aria-label={`${t("quantity")} ${i + 1}`}
              placeholder={t("quantity")}
              inputMode="numeric"
              value={item.quantity}
              onChange={(e) => update(i, { quantity: e.target.value })}
            />
            <Input
              aria-label={`${t("unitPrice")} ${i + 1}`}
              placeholder={t("unitPrice")}
              inputMode="numeric"
              value={item.unitPriceCny}
              onChange={(e) => update(i, { unitPriceCny: e.target.value })}
            />
            <button
              type="button"
              onClick={() => onChange(items.filter((_, j) => j !== i))}
              className="mt-1 rounded px-2 py-1 text-sm text-rose-700 hover:bg-rose-50"
            >
              {t("remove")}
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <Button
          tone="secondary"
          size="small"
          onClick={() => onChange([...items, { name: "", quantity: "1", unitPriceCny: "" }])}
        >
          {t("addLineItem")}
        </Button>
        {items.length > 0 && (
          <>
            <span className="tabular-nums text-slate-700">
              {t("lineItemsSum", { sum: formatCnyExact(sum, locale) })}
            </span>
            <button
              type="button"
              onClick={() => onUseSum(sum)}
              className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("useSum")}
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}
