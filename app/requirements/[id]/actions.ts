"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { bookmarkRequirement } from "@/lib/domain/bookmarks/bookmark-requirement";
import { askQuestion } from "@/lib/domain/questions/ask-question";
import { publishAddendum } from "@/lib/domain/questions/publish-addendum";
import { askQuestionSchema, publishAddendumSchema } from "@/lib/domain/questions/question.schema";
import { changeDeadlines } from "@/lib/domain/requirements/deadlines/change-deadlines";
import { changeDeadlinesSchema } from "@/lib/domain/requirements/deadlines/change-deadlines.schema";
import { bookmarkTargetSchema } from "@/lib/domain/bookmarks/bookmark.schema";
import { removeBookmark } from "@/lib/domain/bookmarks/remove-bookmark";
import { cancelRequirement } from "@/lib/domain/requirements/transitions/cancel-requirement";
import { reportRequirement } from "@/lib/domain/requirements/reports/report-requirement";
import { reportRequirementSchema } from "@/lib/domain/requirements/reports/report-requirement.schema";
import { takeDownRequirement } from "@/lib/domain/requirements/transitions/take-down-requirement";
import { reasonedTransitionSchema } from "@/lib/domain/requirements/transitions/transition.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { requestOrigin } from "@/lib/http/request-origin";
import { requirementDoneHref, revalidateRequirement } from "./revalidate-requirement";

export async function cancelRequirementAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, reasonedTransitionSchema, async (input) => {
    await cancelRequirement(await currentActor(), input);
    revalidateRequirement(input.requirementId);
    redirect(requirementDoneHref(input.requirementId, "cancel"));
  });
}

export async function takeDownRequirementAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, reasonedTransitionSchema, async (input) => {
    await takeDownRequirement(await currentActor(), input);
    revalidateRequirement(input.requirementId);
    redirect(requirementDoneHref(input.requirementId, "takeDown"));
  });
}

export async function reportRequirementAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, reportRequirementSchema, async (input) => {
    await reportRequirement(await currentActor(), input, await requestOrigin());
    revalidatePath("/admin/reports");
  });
}

/** The requirement's page (its bookmark toggle) and the vendor's list of bookmarks. */
function revalidateBookmark(requirementId: string): void {
  revalidatePath(`/requirements/${requirementId}`);
  revalidatePath("/workspace/bookmarks");
}

export async function bookmarkRequirementAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, bookmarkTargetSchema, async (input) => {
    await bookmarkRequirement(await currentActor(), input);
    revalidateBookmark(input.requirementId);
  });
}

export async function removeBookmarkAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, bookmarkTargetSchema, async (input) => {
    await removeBookmark(await currentActor(), input);
    revalidateBookmark(input.requirementId);
  });
}

/** The requirement's page (its clarifications) and the enterprise's Q&A inbox. */
function revalidateQuestions(requirementId: string): void {
  revalidatePath(`/requirements/${requirementId}`);
  revalidatePath("/dashboard/questions");
}

export async function askQuestionAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, askQuestionSchema, async (input) => {
    await askQuestion(await currentActor(), input);
    revalidateQuestions(input.requirementId);
  });
}

export async function publishAddendumAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, publishAddendumSchema, async (input) => {
    await publishAddendum(await currentActor(), input);
    revalidateQuestions(input.requirementId);
  });
}

export async function changeDeadlinesAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, changeDeadlinesSchema, async (input) => {
    await changeDeadlines(await currentActor(), input);
    revalidateRequirement(input.requirementId);
  });
}
