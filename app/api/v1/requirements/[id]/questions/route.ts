import { apiHandler } from "@/lib/api/api-handler";
import { askQuestionRoute, listOwnQuestionsRoute } from "@/lib/api/v1/question-routes";

export const GET = apiHandler(listOwnQuestionsRoute);
export const POST = apiHandler(askQuestionRoute);
