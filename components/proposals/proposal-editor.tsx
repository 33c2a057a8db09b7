"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { saveProposalAction } from "@/app/requirements/[id]/proposal/actions";
import type { ProposalDraft } from "@/lib/domain/proposals/proposal-content.schema";
import { parseErrorKey } from "@/lib/i18n/field-error";
import { Button } from "@/components/ui/button";
import { describedControl, Field, fieldIds } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
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
  /** The server's errors of one field, as one text. */
  const errorOf = (name: string) =>
    errors[name]?.length ? errors[name].map(errorText).join(" ") : undefined;
  /** A field named like its content key: its ids, hint and error, for Field and its control. */
  const field = (name: string, hint?: string) => {
    const ids = fieldIds(name);
    const error = errorOf(name);
    return { field: { ids, hint, error }, control: describedControl(ids, { hint, error }) };
  };
  const fieldError = (name: string) => {
    const error = errorOf(name);
    return error ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-rose-700">
        {error}
      </p>
    ) : null;
  };
  const summary = field("summary", t("summaryHint"));
  const approach = field("approach", t("approachHint"));
  const price = field("priceCny", t("priceHint"));
  const delivery = field("deliveryMonths");
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
          <Field {...summary.field} label={t("summary")}>
            <Input
              {...summary.control}
              value={values.summary}
              maxLength={300}
              onChange={(e) => set("summary", e.target.value)}
            />
          </Field>
          <Field {...approach.field} label={t("approach")}>
            <Textarea
              {...approach.control}
              rows={10}
              className="font-mono text-sm"
              value={values.approach}
              onChange={(e) => set("approach", e.target.value)}
            />
          </Field>
        </div>
      </Panel>

      <Panel id="proposal-criteria" title={t("criteria")}>
        {requirement.criteria.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noCriteria")}</p>
        ) : (
          <div className="space-y-4">
            {requirement.criteria.map((criterion) => {
              const ids = fieldIds(`criterion-${criterion.id}`);
              const hint = criterion.description ?? undefined;
              // One error for all responses, shown once below them (criterionResponses-error).
              const error = errorOf("criterionResponses");
              return (
                <Field
                  key={criterion.id}
                  ids={ids}
                  hint={hint}
                  label={
                    <>
                      {criterion.name}{" "}
                      <span className="font-normal text-slate-500">
                        {t("criterionWeight", { weight: criterion.weight })}
                      </span>
                    </>
                  }
                >
                  <Textarea
                    {...describedControl(ids, { hint })}
                    {...(error && {
                      "aria-invalid": true,
                      "aria-describedby": "criterionResponses-error",
                    })}
                    rows={3}
                    value={values.responses[criterion.id] ?? ""}
                    onChange={(e) =>
                      set("responses", { ...values.responses, [criterion.id]: e.target.value })
                    }
                  />
                </Field>
              );
            })}
            {fieldError("criterionResponses")}
          </div>
        )}
      </Panel>

      <Panel id="proposal-price" title={t("priceTitle")}>
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field {...price.field} label={t("price")}>
              <Input
                {...price.control}
                inputMode="numeric"
                value={values.priceCny}
                onChange={(e) => set("priceCny", e.target.value)}
              />
            </Field>
            <Field {...delivery.field} label={t("delivery")}>
              <Input
                {...delivery.control}
                inputMode="numeric"
                value={values.deliveryMonths}
                onChange={(e) => set("deliveryMonths", e.target.value)}
              />
            </Field>
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
                  <div className="mt-2">
                    <Field ids={fieldIds(`qualification-note-${i}`)} label={t("note")}>
                      <Input
                        id={`qualification-note-${i}`}
                        value={answer.note}
                        onChange={(e) => setAnswer({ note: e.target.value })}
                      />
                    </Field>
                  </div>
                </fieldset>
              );
            })}
            {fieldError("qualificationAnswers")}
          </div>
        )}
      </Panel>

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <Button type="submit" name="intent" value="save" tone="secondary" disabled={pending}>
          {pending ? t("saving") : t("saveDraft")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={pending}>
          {pending ? t("submitting") : submittedBefore ? t("submitRevision") : t("submit")}
        </Button>
        <p role="status" className="text-sm text-emerald-700">
          {notice ? t(notice.key as "saved", notice.params) : ""}
        </p>
      </div>
    </form>
  );
}
