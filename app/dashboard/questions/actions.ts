"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { answerQuestion } from "@/lib/domain/questions/answer-question";
import { answerQuestionSchema } from "@/lib/domain/questions/question.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function answerQuestionAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, answerQuestionSchema, async (input) => {
    await answerQuestion(await currentActor(), input);
    revalidatePath("/dashboard/questions");
    revalidatePath("/requirements/[id]", "page");
  });
}
