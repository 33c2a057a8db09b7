import { apiHandler } from "@/lib/api/api-handler";
import { answerQuestionRoute } from "@/lib/api/v1/question-routes";

export const POST = apiHandler(answerQuestionRoute);
