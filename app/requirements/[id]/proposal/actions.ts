"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { addProposalAttachment } from "@/lib/domain/proposals/add-proposal-attachment";
import { proposalFormSchema } from "@/lib/domain/proposals/proposal-form.schema";
import type { ProposalDraftInput } from "@/lib/domain/proposals/proposal-content.schema";
import {
  addProposalAttachmentSchema,
  proposalAttachmentRefSchema,
  requirementRefSchema,
} from "@/lib/domain/proposals/proposal.schema";
import { removeProposalAttachment } from "@/lib/domain/proposals/remove-proposal-attachment";
import { saveProposalDraft } from "@/lib/domain/proposals/save-proposal-draft";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { withdrawProposal } from "@/lib/domain/proposals/withdraw-proposal";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

type Previous = FormResult | undefined;

/** The vendor's editor, its requirement's page and its list of proposals. */
function refreshProposal(requirementId: string) {
  revalidatePath(`/requirements/${requirementId}/proposal`);
  revalidatePath(`/requirements/${requirementId}`);
  revalidatePath("/workspace/proposals");
}

/** Saves the draft, or saves and submits it (a new version), as the button pressed says. */
export async function saveProposalAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, proposalFormSchema, async ({ requirementId, intent, content }) => {
    const actor = await currentActor();
    const draft = content as ProposalDraftInput;
    let notice: string | undefined;
    if (intent === "submit") {
      const { version } = await submitProposal(actor, { requirementId, content: draft });
      notice = `submitted?version=${version}`;
    } else {
      await saveProposalDraft(actor, { requirementId, content: draft });
      notice = "saved";
    }
    refreshProposal(requirementId);
    return notice;
  });
}

export async function withdrawProposalAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, requirementRefSchema, async ({ requirementId }) => {
    await withdrawProposal(await currentActor(), { requirementId });
    refreshProposal(requirementId);
    return "withdrawn";
  });
}

export async function addProposalAttachmentAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, addProposalAttachmentSchema, async (input) => {
    await addProposalAttachment(await currentActor(), input);
    refreshProposal(input.requirementId);
  });
}

export async function removeProposalAttachmentAction(_previous: Previous, formData: FormData) {
  const schema = proposalAttachmentRefSchema.extend({
    requirementId: requirementRefSchema.shape.requirementId,
  });
  return handleForm(formData, schema, async ({ attachmentId, requirementId }) => {
    await removeProposalAttachment(await currentActor(), { attachmentId });
    refreshProposal(requirementId);
  });
}
