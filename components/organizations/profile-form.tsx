"use client";

import { getFormProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { translatedName } from "@/components/i18n/translated-name";
import { updateProfileAction } from "@/app/organization/actions";
import { organizationProfileSchema } from "@/lib/domain/organizations/update-organization-profile.schema";
import { capabilityTags, industryTags, regions } from "@/lib/taxonomy";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input, Select, Textarea } from "@/components/ui/input";
import { groupCapabilities } from "./capability-groups";
import { SavedNote } from "./saved-note";
import { TagCheckboxGroup } from "./tag-checkbox-group";
import { VerificationChangeNotice, type VerifiedAs } from "./verification-change-notice";

export interface ProfileFormValues {
  name: string;
  nameEn: string;
  creditCode: string;
  region: string;
  industries: string[];
  capabilities: string[];
  domesticStack: boolean;
  description: string;
  website: string;
}

/** Where the organization's verification stands, as the profile form needs it. */
export interface ProfileVerification {
  status: "UNVERIFIED" | "PENDING" | "VERIFIED" | "REJECTED";
  /** What the organization was last verified with (setting both back restores it). */
  verifiedAs: VerifiedAs | null;
}

/** The owner's form for the organization's profile (blank strings for unset fields); capabilities
 * only for vendors. */
export function ProfileForm({
  values,
  isVendor,
  verification,
}: {
  values: ProfileFormValues;
  isVendor: boolean;
  verification: ProfileVerification;
}) {
  const t = useTranslations("profile");
  const regionName = useTranslations("region");
  const { form, fields, action, pending, lastResult } = useActionForm(
    updateProfileAction,
    organizationProfileSchema,
    // A ticked checkbox is "on" in the form's terms.
    { ...values, domesticStack: values.domesticStack ? "on" : "" },
  );
  const isVerified = verification.status === "VERIFIED";
  // A request under review checks the licence against these: they wait for its decision.
  const locked = verification.status === "PENDING";
  const identityHint = locked
    ? t("identityLockedHint")
    : isVerified
      ? t("verifiedFieldHint")
      : undefined;
  return (
    <form {...getFormProps(form)} action={action} className="space-y-5">
      <FormAlert id={form.errorId} errors={form.errors} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field field={fields.name} label={t("name")} hint={identityHint}>
          <Input {...getInputProps(fields.name, { type: "text" })} readOnly={locked} />
        </Field>
        <Field field={fields.nameEn} label={t("nameEn")}>
          <Input {...getInputProps(fields.nameEn, { type: "text" })} lang="en" />
        </Field>
        <Field
          field={fields.creditCode}
          label={t("creditCode")}
          hint={[t("creditCodeHint"), identityHint].filter(Boolean).join(" ")}
        >
          <Input
            {...getInputProps(fields.creditCode, { type: "text" })}
            className="font-mono uppercase"
            maxLength={18}
            autoComplete="off"
            spellCheck={false}
            readOnly={locked}
          />
        </Field>
        <div className="sm:col-span-2">
          <VerificationChangeNotice
            name={fields.name}
            creditCode={fields.creditCode}
            confirm={fields.confirmVerificationLoss}
            saved={{ name: values.name, creditCode: values.creditCode }}
            verified={isVerified}
            verifiedAs={verification.verifiedAs}
          />
        </div>
        <Field field={fields.region} label={t("region")}>
          <Select {...getSelectProps(fields.region)}>
            <option value="">{t("regionNone")}</option>
            {regions.map((region) => (
              <option key={region} value={region}>
                {translatedName(regionName, region)}
              </option>
            ))}
          </Select>
        </Field>
        <Field field={fields.website} label={t("website")} hint={t("websiteHint")}>
          <Input {...getInputProps(fields.website, { type: "url" })} placeholder="https://" />
        </Field>
      </div>
      <Field field={fields.description} label={t("description")} hint={t("descriptionHint")}>
        <Textarea {...getTextareaProps(fields.description)} rows={6} />
      </Field>
      <TagCheckboxGroup
        field={fields.industries}
        legend={isVendor ? t("industries") : t("industriesEnterprise")}
        hint={t("multiHint")}
        groups={[{ key: null, tags: [...industryTags] }]}
      />
      {isVendor && (
        <TagCheckboxGroup
          field={fields.capabilities}
          legend={t("capabilities")}
          hint={t("multiHint")}
          groups={groupCapabilities(capabilityTags)}
        />
      )}
      {isVendor && (
        <label className="flex gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50">
          <input
            {...getInputProps(fields.domesticStack, { type: "checkbox" })}
            className="mt-1 accent-brand-600"
          />
          <span>
            <span className="block text-sm font-medium text-slate-900">{t("domesticStack")}</span>
            <span className="mt-0.5 block text-xs text-slate-600">{t("domesticStackHint")}</span>
          </span>
        </label>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <div className="w-40">
          <SubmitButton pending={pending} pendingText={t("saving")}>
            {t("save")}
          </SubmitButton>
        </div>
        <SavedNote
          result={lastResult}
          text={t("saved")}
          notices={{
            verificationWithdrawn: t("verificationChange.withdrawn"),
            verificationRestored: t("verificationChange.restored"),
          }}
        />
      </div>
    </form>
  );
}
