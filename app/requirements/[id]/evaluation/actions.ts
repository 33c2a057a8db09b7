"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import {
  awardProposal,
  closeUnsuccessful,
  shortlistProposal,
} from "@/lib/domain/evaluation/decide";
import {
  awardSchema,
  appointEvaluatorsSchema,
  requirementRefSchema,
  unsuccessfulSchema,
} from "@/lib/domain/evaluation/evaluation.schema";
import {
  proposalScoresFormSchema,
  shortlistFormSchema,
} from "@/lib/domain/evaluation/evaluation-forms.schema";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import {
  appointEvaluators,
  declareNoConflict,
  scoreProposal,
  submitScores,
} from "@/lib/domain/evaluation/panel";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { revalidateRequirement } from "../revalidate-requirement";
import { evaluationHref } from "./evaluation-href";

type Previous = FormResult | undefined;

function revalidateEvaluation(requirementId: string): void {
  revalidateRequirement(requirementId);
  revalidatePath(evaluationHref(requirementId));
  revalidatePath("/workspace/proposals");
}

export async function openProposalsAction(_: Previous, formData: FormData): Promise<FormResult> {
  return handleForm(formData, requirementRefSchema, async (input) => {
    await openProposals(await currentActor(), input);
    revalidateEvaluation(input.requirementId);
  });
}

export async function appointEvaluatorsAction(
  _: Previous,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, appointEvaluatorsSchema, async (input) => {
    await appointEvaluators(await currentActor(), input);
    revalidateEvaluation(input.requirementId);
  });
}

export async function declareNoConflictAction(
  _: Previous,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, requirementRefSchema, async (input) => {
    await declareNoConflict(await currentActor(), input);
    revalidateEvaluation(input.requirementId);
  });
}

export async function saveScoresAction(_: Previous, formData: FormData): Promise<FormResult> {
  return handleForm(formData, proposalScoresFormSchema, async (input) => {
    const actor = await currentActor();
    for (const score of input.scores) {
      await scoreProposal(actor, {
        requirementId: input.requirementId,
        proposalId: input.proposalId,
        ...score,
      });
    }
    revalidateEvaluation(input.requirementId);
  });
}

export async function submitScoresAction(_: Previous, formData: FormData): Promise<FormResult> {
  return handleForm(formData, requirementRefSchema, async (input) => {
    await submitScores(await currentActor(), input);
    revalidateEvaluation(input.requirementId);
  });
}

export async function shortlistAction(_: Previous, formData: FormData): Promise<FormResult> {
  return handleForm(formData, shortlistFormSchema, async ({ decision, ...input }) => {
    await shortlistProposal(await currentActor(), {
      ...input,
      shortlisted: decision === "SHORTLISTED",
    });
    revalidateEvaluation(input.requirementId);
  });
}

export async function awardAction(_: Previous, formData: FormData): Promise<FormResult> {
  return handleForm(formData, awardSchema, async (input) => {
    await awardProposal(await currentActor(), input);
    revalidateEvaluation(input.requirementId);
  });
}

export async function closeUnsuccessfulAction(
  _: Previous,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, unsuccessfulSchema, async (input) => {
    await closeUnsuccessful(await currentActor(), input);
    revalidateEvaluation(input.requirementId);
  });
}
