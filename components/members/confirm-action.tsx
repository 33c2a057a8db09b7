"use client";

import { useCallback, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, type ButtonTone } from "@/components/ui/button";
import { ActionForm, type FormAction } from "./action-form";

/**
 * A button that asks first: it opens a modal dialog (native <dialog>: focus moves into it, Escape
 * closes it) that says what will happen, with Cancel and the confirming action.
 */
export function ConfirmAction({
  triggerLabel,
  triggerTone = "secondary",
  title,
  description,
  confirmLabel,
  action,
  hidden = {},
}: {
  triggerLabel: string;
  triggerTone?: ButtonTone;
  title: string;
  description: string;
  confirmLabel: string;
  action: FormAction;
  hidden?: Record<string, string>;
}) {
  const t = useTranslations("members");
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const close = useCallback(() => dialog.current?.close(), []);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className={buttonClass(triggerTone)}
      >
        {triggerLabel}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg whitespace-normal border border-slate-200 bg-white p-6 text-left shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p id={`${id}-text`} className="mt-2 text-sm text-slate-600">
          {description}
        </p>
        <div className="mt-6">
          <ActionForm
            action={action}
            hidden={hidden}
            label={confirmLabel}
            pendingLabel={t("working")}
            tone="danger"
            onSuccess={close}
          >
            <button type="button" onClick={close} className={buttonClass("secondary")}>
              {t("cancel")}
            </button>
          </ActionForm>
        </div>
      </dialog>
    </>
  );
}
