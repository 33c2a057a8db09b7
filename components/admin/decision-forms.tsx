"use client";

import { useEffect, useId, useRef, useState } from "react";
import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { FormResult } from "@/lib/forms/handle-form";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { ReasonField } from "./reason-field";

type Tone = Parameters<typeof buttonClass>[0];
type FormAction = (previous: FormResult | undefined, formData: FormData) => Promise<FormResult>;

/** One decision on a record (approve, reject, take down…) and the server action that makes it. */
export interface Decision {
  /** Distinct within one set of decisions. */
  name: string;
  label: string;
  tone: Tone;
  action: FormAction;
  schema: z.ZodType;
  /** Sent with the decision: the record's id, the kind of decision. */
  hidden: Record<string, string>;
  /**
   * Asked before acting: the button opens a form below the buttons with the `note`, a reason
   * field when `reason` is given, and the confirming button. Without it, the button acts at once.
   */
  confirm?: {
    note?: string;
    reason?: { name?: string; label: string; hint: string; maxLength?: number };
    submitLabel: string;
    submitTone: Tone;
  };
}

function HiddenFields({ values }: { values: Record<string, string> }) {
  return Object.entries(values).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}

/** A decision made with one click. */
function ImmediateDecision({ decision }: { decision: Decision }) {
  const t = useTranslations("admin");
  const { form, action, pending } = useActionForm(decision.action, decision.schema);
  return (
    // `contents`: the button sits in the row of buttons, a refusal on a line of its own above it.
    <form {...getFormProps(form)} action={action} className="contents">
      <div className="order-first basis-full empty:hidden">
        <FormAlert id={form.errorId} errors={form.errors} />
      </div>
      <HiddenFields values={decision.hidden} />
      <button type="submit" disabled={pending} className={buttonClass(decision.tone)}>
        {pending ? t("working") : decision.label}
      </button>
    </form>
  );
}

/** The form a decision opens: what will happen, the reason when one is needed, and Confirm. */
function ConfirmedDecision({
  id,
  decision,
  open,
}: {
  id: string;
  decision: Decision;
  open: boolean;
}) {
  const t = useTranslations("admin");
  const { form, fields, action, pending } = useActionForm(decision.action, decision.schema);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>("textarea, [type=submit]")?.focus();
  }, [open]);
  const { note, reason, submitLabel, submitTone } = decision.confirm!;
  return (
    <div id={id} ref={panel} hidden={!open}>
      <form
        {...getFormProps(form)}
        action={action}
        aria-label={decision.label}
        className="max-w-xl space-y-3 rounded-md bg-slate-50 p-4"
      >
        <FormAlert id={form.errorId} errors={form.errors} />
        <HiddenFields values={decision.hidden} />
        {note && <p className="text-sm text-slate-700">{note}</p>}
        {reason && (
          <ReasonField
            field={fields[reason.name ?? "reason"]!}
            label={reason.label}
            hint={reason.hint}
            maxLength={reason.maxLength}
          />
        )}
        <button type="submit" disabled={pending} className={buttonClass(submitTone)}>
          {pending ? t("working") : submitLabel}
        </button>
      </form>
    </div>
  );
}

/**
 * A row of decisions on one record. Those that need confirming (or a reason) open their form
 * below the row, one at a time; the others act at once.
 */
export function DecisionForms({ decisions }: { decisions: Decision[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const id = useId();
  const panelId = (decision: Decision) => `${id}-${decision.name}`;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {decisions.map((decision) =>
          decision.confirm ? (
            <button
              key={decision.name}
              type="button"
              aria-expanded={open === decision.name}
              aria-controls={panelId(decision)}
              onClick={() => setOpen(open === decision.name ? null : decision.name)}
              className={`${buttonClass(decision.tone)} aria-expanded:ring-2 aria-expanded:ring-brand-600/40`}
            >
              {decision.label}
            </button>
          ) : (
            <ImmediateDecision key={decision.name} decision={decision} />
          ),
        )}
      </div>
      {decisions
        .filter((decision) => decision.confirm)
        .map((decision) => (
          <ConfirmedDecision
            key={decision.name}
            id={panelId(decision)}
            decision={decision}
            open={open === decision.name}
          />
        ))}
    </div>
  );
}
