"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { EditorValues } from "./editor-values";

type Member = EditorValues["team"][number];

/** The team: roles and how many people in each. */
export function TeamField({
  team,
  onChange,
}: {
  team: Member[];
  onChange: (team: Member[]) => void;
}) {
  const t = useTranslations("proposals");
  const update = (index: number, next: Partial<Member>) =>
    onChange(team.map((member, i) => (i === index ? { ...member, ...next } : member)));
  return (
    <fieldset>
      <legend className="sr-only">{t("team")}</legend>
      <ul className="space-y-2">
        {team.map((member, i) => (
          <li key={i} className="grid grid-cols-[1fr_5rem_auto] gap-2">
            <Input
              aria-label={`${t("role")} ${i + 1}`}
              placeholder={t("role")}
              value={member.role}
              onChange={(e) => update(i, { role: e.target.value })}
            />
            <Input
              aria-label={`${t("teamCount")} ${i + 1}`}
              placeholder={t("teamCount")}
              inputMode="numeric"
              value={member.count}
              onChange={(e) => update(i, { count: e.target.value })}
            />
            <button
              type="button"
              onClick={() => onChange(team.filter((_, j) => j !== i))}
              className="mt-1 rounded px-2 py-1 text-sm text-rose-700 hover:bg-rose-50"
            >
              {t("remove")}
            </button>
          </li>
        ))}
      </ul>
      <Button
        tone="secondary"
        size="small"
        className="mt-2"
        onClick={() => onChange([...team, { role: "", count: "1" }])}
      >
        {t("addRole")}
      </Button>
    </fieldset>
  );
}
