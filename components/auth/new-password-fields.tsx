"use client";

import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { Field, inputClass } from "@/components/forms/field";

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
        <input
          {...getInputProps(password, { type: "password" })}
          className={inputClass}
          autoComplete="new-password"
        />
      </Field>
      <Field field={confirmation} label={labels.confirmation}>
        <input
          {...getInputProps(confirmation, { type: "password" })}
          className={inputClass}
          autoComplete="new-password"
        />
      </Field>
    </>
  );
}
