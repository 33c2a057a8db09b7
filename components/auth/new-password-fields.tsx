"use client";

import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { Field } from "@/components/forms/field";
import { Input } from "@/components/ui/input";

/** Choosing a password: the password with its rule as a hint, and its confirmation. */
export function NewPasswordFields({
  password,
  confirmation,
  labels,
}: {
  password: FieldMetadata<unknown>;
  confirmation: FieldMetadata<unknown>;
  labels: { password: string; hint: string; confirmation: string };
}) {
  return (
    <>
      <Field field={password} label={labels.password} hint={labels.hint}>
        <Input {...getInputProps(password, { type: "password" })} autoComplete="new-password" />
      </Field>
      <Field field={confirmation} label={labels.confirmation}>
        <Input {...getInputProps(confirmation, { type: "password" })} autoComplete="new-password" />
      </Field>
    </>
  );
}
