"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import {
  createApiTokenSchema,
  apiTokenTargetSchema,
} from "@/lib/domain/api-tokens/api-token.schema";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/domain/api-tokens/revoke-api-token";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { requestOrigin } from "@/lib/http/request-origin";

type Previous = FormResult | undefined;

/** The form's result, and after a creation the new token: shown this once, then forgotten. */
export type CreateApiTokenResult = FormResult & { created?: { name: string; plaintext: string } };

export async function createApiTokenAction(
  _previous: Previous,
  formData: FormData,
): Promise<CreateApiTokenResult> {
  let created: CreateApiTokenResult["created"];
  const result = await handleForm(formData, createApiTokenSchema, async (input) => {
    const { name, plaintext } = await createApiToken(
      await currentActor(),
      input,
      await requestOrigin(),
    );
    created = { name, plaintext };
    revalidatePath("/account/tokens");
  });
  return created ? { ...result, created } : result;
}

export async function revokeApiTokenAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, apiTokenTargetSchema, async (input) => {
    await revokeApiToken(await currentActor(), input);
    revalidatePath("/account/tokens");
  });
}
