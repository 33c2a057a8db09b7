"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { addRequirementAttachment } from "@/lib/domain/requirements/attachments/add-requirement-attachment";
import { removeRequirementAttachment } from "@/lib/domain/requirements/attachments/remove-requirement-attachment";
import {
  addRequirementAttachmentSchema,
  attachmentIdSchema,
} from "@/lib/domain/requirements/attachments/requirement-attachment.schema";
import { createRequirementDraft } from "@/lib/domain/requirements/authoring/create-requirement-draft";
import { requirementFieldsSchema } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import { updateRequirementDraft } from "@/lib/domain/requirements/authoring/update-requirement-draft";
import { updateRequirementDraftSchema } from "@/lib/domain/requirements/authoring/update-requirement-draft.schema";
import { submitRequirement } from "@/lib/domain/requirements/transitions/submit-requirement";
import { requirementTransitionSchema } from "@/lib/domain/requirements/transitions/transition.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { dashboardHref, editorHref } from "@/components/dashboard/dashboard-href";

type Previous = FormResult | undefined;

/** The pages that show a requirement's content or status to its organization. */
function refreshRequirement(requirementId: string) {
  revalidatePath("/dashboard");
  revalidatePath(editorHref(requirementId));
  revalidatePath(`/requirements/${requirementId}`);
}

/** A new draft opens in the editor, where attachments and submitting become available. */
export async function createRequirementAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, requirementFieldsSchema, async (input) => {
    const { id } = await createRequirementDraft(await currentActor(), input);
    revalidatePath("/dashboard");
    redirect(`${editorHref(id)}?created=1`);
  });
}

export async function updateRequirementAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, updateRequirementDraftSchema, async (input) => {
    await updateRequirementDraft(await currentActor(), input);
    refreshRequirement(input.requirementId);
  });
}

/** Once submitted, the editor is read-only: the dashboard says what happens next. */
export async function submitRequirementAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, requirementTransitionSchema, async (input) => {
    await submitRequirement(await currentActor(), input);
    refreshRequirement(input.requirementId);
    redirect(dashboardHref({ submitted: true }));
  });
}

export async function addAttachmentAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, addRequirementAttachmentSchema, async (input) => {
    await addRequirementAttachment(await currentActor(), input);
    refreshRequirement(input.requirementId);
  });
}

export async function removeAttachmentAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, attachmentIdSchema, async (input) => {
    await removeRequirementAttachment(await currentActor(), input);
    revalidatePath("/dashboard/requirements/[id]/edit", "page");
  });
}
