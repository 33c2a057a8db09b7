import { apiHandler } from "@/lib/api/api-handler";
import { listQuestionInboxRoute } from "@/lib/api/v1/question-routes";

export const GET = apiHandler(listQuestionInboxRoute);
