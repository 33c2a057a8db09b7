"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { deleteSavedSearch } from "@/lib/domain/saved-searches/delete-saved-search";
import { renameSavedSearch } from "@/lib/domain/saved-searches/rename-saved-search";
import { saveSearch } from "@/lib/domain/saved-searches/save-search";
import {
  renameSavedSearchSchema,
  saveSearchSchema,
  savedSearchTargetSchema,
  setSavedSearchAlertsSchema,
} from "@/lib/domain/saved-searches/saved-search.schema";
import { setSavedSearchAlerts } from "@/lib/domain/saved-searches/set-saved-search-alerts";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

type Previous = FormResult | undefined;

/**
 * Runs a saved-search use case for the signed-in user, then refreshes the pages that show saved
 * searches: the list, and the requirement search ("saved as …" next to the results).
 */
function forMySavedSearches<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  useCase: (actor: Actor, input: z.output<Schema>) => Promise<unknown>,
) {
  return handleForm(formData, schema, async (value) => {
    await useCase(await currentActor(), value);
    revalidatePath("/workspace/saved-searches");
    revalidatePath("/");
  });
}

export async function saveSearchAction(_previous: Previous, formData: FormData) {
  return forMySavedSearches(formData, saveSearchSchema, saveSearch);
}

export async function renameSavedSearchAction(_previous: Previous, formData: FormData) {
  return forMySavedSearches(formData, renameSavedSearchSchema, renameSavedSearch);
}

export async function setSavedSearchAlertsAction(_previous: Previous, formData: FormData) {
  return forMySavedSearches(formData, setSavedSearchAlertsSchema, setSavedSearchAlerts);
}

export async function deleteSavedSearchAction(_previous: Previous, formData: FormData) {
  return forMySavedSearches(formData, savedSearchTargetSchema, deleteSavedSearch);
}
