"use client";

import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/forms/field";

/** The legal name and credit code the organization was last verified with. */
export interface VerifiedAs {
  legalName: string;
  creditCode: string | null;
}

const sameCode = (a: unknown, b: string | null) =>
  String(a ?? "")
    .trim()
    .toUpperCase() === (b ?? "");

/**
 * Under the name and credit code fields, as the owner types: a verified organization is told
 * that saving the change withdraws its verification, and must tick a box to save it; one whose
 * verification was withdrawn is told which values restore it.
 */
export function VerificationChangeNotice({
  name,
  creditCode,
  confirm,
  saved,
  verified,
  verifiedAs,
}: {
  name: FieldMetadata<unknown>;
  creditCode: FieldMetadata<unknown>;
  confirm: FieldMetadata<unknown>;
  saved: { name: string; creditCode: string };
  verified: boolean;
  verifiedAs: VerifiedAs | null;
}) {
  const t = useTranslations("profile.verificationChange");
  const typedName = String(name.value ?? "").trim();
  const identityChanged =
    typedName !== saved.name || !sameCode(creditCode.value, saved.creditCode || null);
  const backToVerified =
    verifiedAs !== null &&
    typedName === verifiedAs.legalName &&
    sameCode(creditCode.value, verifiedAs.creditCode);

  if (verified) {
    return (
      <div aria-live="polite">
        {identityChanged && (
          <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <p className="font-medium">{t("willWithdraw")}</p>
            <label className="flex items-start gap-2">
              <input
                {...getInputProps(confirm, { type: "checkbox" })}
                className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400"
              />
              <span>{t("confirm")}</span>
            </label>
            <FieldErrors field={confirm} />
          </div>
        )}
      </div>
    );
  }
  if (!verifiedAs) return null;
  return (
    <p
      aria-live="polite"
      className="rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900"
    >
      {backToVerified
        ? t("willRestore")
        : t("restoreHint", {
            name: verifiedAs.legalName,
            code: verifiedAs.creditCode ?? t("noCode"),
          })}
    </p>
  );
}
