"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { saveProposalAction } from "@/app/requirements/[id]/proposal/actions";
import type { ProposalDraft } from "@/lib/domain/proposals/proposal-content.schema";
import { parseErrorKey } from "@/lib/i18n/field-error";
import { inputClass } from "@/components/ui/input";
import { FormAlert } from "@/components/forms/form-alert";
import { useErrorText } from "@/components/forms/use-error-text";
import { Panel } from "@/components/ui/panel";
import { draftOf, editorValues, type EditorValues } from "./editor-values";
import { LineItemsField } from "./line-items-field";
import { TeamField } from "./team-field";

export interface EditorRequirement {
  id: string;
  criteria: { id: string; name: string; description: string | null; weight: number }[];
  qualifications: string[];
}

const buttonBase = "rounded-md px-4 py-2.5 text-sm font-medium disabled:opacity-60";

/**
 * The vendor's proposal: every field of the draft in one form, saved as a draft or submitted
 * (a new version) by the button pressed. The lists are edited in the browser and sent as JSON.
 */
export function ProposalEditor({
  requirement,
  draft,
  caseStudies,
  submittedBefore,
}: {
  requirement: EditorRequirement;
  draft: ProposalDraft;
  caseStudies: { id: string; title: string; year: number }[];
  submittedBefore: boolean;
}) {
  const t = useTranslations("proposals");
  const errorText = useErrorText();
  const [values, setValues] = useState<EditorValues>(() => editorValues(draft));
  const [result, action, pending] = useActionState(saveProposalAction, undefined);
  const set = <K extends keyof EditorValues>(key: K, value: EditorValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const errors = result?.error ?? {};
  const fieldError = (name: string) => {
    const list = errors[name];
    return list?.length ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-rose-700">
        {list.map(errorText).join(" ")}
      </p>
    ) : null;
  };
  const described = (name: string) =>
    errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};
  const notice =
    result?.status === "success" && result.notice ? parseErrorKey(result.notice) : null;
  const content = JSON.stringify(draftOf(values, requirement.criteria, requirement.qualifications));

  return (
    <form action={action} className="space-y-6" aria-label={t("panelTitle")}>
      <input type="hidden" name="requirementId" value={requirement.id} />
      <input type="hidden" name="content" value={content} />
      <FormAlert errors={[...(errors[""] ?? []), ...(errors.content ?? [])]} />

      <Panel id="proposal-approach" title={t("approachTitle")}>
        <div className="space-y-4">
          <div>
            <label htmlFor="summary" className="block text-sm font-medium text-slate-700">
              {t("summary")}
            </label>
            <input
              id="summary"
              className={inputClass}
              value={values.summary}
              maxLength={300}
              onChange={(e) => set("summary", e.target.value)}
              {...described("summary")}
            />
            <p className="mt-1 text-xs text-slate-500">{t("summaryHint")}</p>
            {fieldError("summary")}
          </div>
          <div>
            <label htmlFor="approach" className="block text-sm font-medium text-slate-700">
              {t("approach")}
            </label>
            <textarea
              id="approach"
              rows={10}
              className={`${inputClass} font-mono text-sm`}
              value={values.approach}
              onChange={(e) => set("approach", e.target.value)}
              {...described("approach")}
            />
            <p className="mt-1 text-xs text-slate-500">{t("approachHint")}</p>
            {fieldError("approach")}
          </div>
        </div>
      </Panel>

      <Panel id="proposal-criteria" title={t("criteria")}>
        {requirement.criteria.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noCriteria")}</p>
        ) : (
          <div className="space-y-4">
            {requirement.criteria.map((criterion) => (
              <div key={criterion.id}>
                <label
                  htmlFor={`criterion-${criterion.id}`}
                  className="block text-sm font-medium text-slate-700"
                >
                  {criterion.name}{" "}
                  <span className="font-normal text-slate-500">
                    ({t("criterionWeight", { weight: criterion.weight })})
                  </span>
                </label>
                {criterion.description && (
                  <p className="text-xs text-slate-500">{criterion.description}</p>
                )}
                <textarea
                  id={`criterion-${criterion.id}`}
                  rows={3}
                  className={inputClass}
                  value={values.responses[criterion.id] ?? ""}
                  onChange={(e) =>
                    set("responses", { ...values.responses, [criterion.id]: e.target.value })
                  }
                  {...described("criterionResponses")}
                />
              </div>
            ))}
            {fieldError("criterionResponses")}
          </div>
        )}
      </Panel>

      <Panel id="proposal-price" title={t("priceTitle")}>
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="priceCny" className="block text-sm font-medium text-slate-700">
                {t("price")}
              </label>
              <input
                id="priceCny"
                inputMode="numeric"
                className={inputClass}
                value={values.priceCny}
                onChange={(e) => set("priceCny", e.target.value)}
                {...described("priceCny")}
              />
              <p className="mt-1 text-xs text-slate-500">{t("priceHint")}</p>
              {fieldError("priceCny")}
            </div>
            <div>
              <label htmlFor="deliveryMonths" className="block text-sm font-medium text-slate-700">
                {t("delivery")}
              </label>
              <input
                id="deliveryMonths"
                inputMode="numeric"
                className={inputClass}
                value={values.deliveryMonths}
                onChange={(e) => set("deliveryMonths", e.target.value)}
                {...described("deliveryMonths")}
              />
              {fieldError("deliveryMonths")}
            </div>
          </div>
          <LineItemsField
            items={values.lineItems}
            onChange={(items) => set("lineItems", items)}
            onUseSum={(sum) => set("priceCny", String(sum))}
          />
          {fieldError("lineItems")}
        </div>
      </Panel>

      <Panel id="proposal-team" title={t("team")}>
        <TeamField team={values.team} onChange={(team) => set("team", team)} />
        {fieldError("team")}
        <fieldset className="mt-6">
          <legend className="text-sm font-medium text-slate-700">{t("caseStudies")}</legend>
          {caseStudies.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">{t("noCaseStudies")}</p>
          ) : (
            <ul className="mt-2 space-y-1">
              {caseStudies.map((c) => (
                <li key={c.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={values.caseStudyIds.includes(c.id)}
                      onChange={(e) =>
                        set(
                          "caseStudyIds",
                          e.target.checked
                            ? [...values.caseStudyIds, c.id]
                            : values.caseStudyIds.filter((id) => id !== c.id),
                        )
                      }
                    />
                    <span>
                      {c.title} <span className="text-slate-500">({c.year})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </Panel>

      <Panel id="proposal-qualifications" title={t("qualifications")}>
        {requirement.qualifications.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noQualifications")}</p>
        ) : (
          <div className="space-y-4">
            {requirement.qualifications.map((q, i) => {
              const answer = values.answers[q] ?? { met: null, note: "" };
              const setAnswer = (next: Partial<typeof answer>) =>
                set("answers", { ...values.answers, [q]: { ...answer, ...next } });
              return (
                <fieldset key={q} className="rounded-md border border-slate-200 p-3">
                  <legend className="px-1 text-sm font-medium text-slate-800">{q}</legend>
                  <div className="flex flex-wrap gap-4 text-sm">
                    {([true, false] as const).map((met) => (
                      <label key={String(met)} className="flex items-center gap-1.5">
                        <input
                          type="radio"
                          name={`qualification-${i}`}
                          checked={answer.met === met}
                          onChange={() => setAnswer({ met })}
                        />
                        {met ? t("met") : t("notMet")}
                      </label>
                    ))}
                  </div>
                  <label
                    htmlFor={`qualification-note-${i}`}
                    className="mt-2 block text-xs text-slate-600"
                  >
                    {t("note")}
                  </label>
                  <input
                    id={`qualification-note-${i}`}
                    className={inputClass}
                    value={answer.note}
                    onChange={(e) => setAnswer({ note: e.target.value })}
                  />
                </fieldset>
              );
            })}
            {fieldError("qualificationAnswers")}
          </div>
        )}
      </Panel>

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className={`${buttonBase} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}
        >
          {pending ? t("saving") : t("saveDraft")}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          disabled={pending}
          className={`${buttonBase} bg-brand-600 text-white hover:bg-brand-700`}
        >
          {pending ? t("submitting") : submittedBefore ? t("submitRevision") : t("submit")}
        </button>
        <p role="status" className="text-sm text-emerald-700">
          {notice ? t(notice.key as "saved", notice.params) : ""}
        </p>
      </div>
    </form>
  );
}
