import { apiHandler } from "@/lib/api/api-handler";
import { submitScoresRoute } from "@/lib/api/v1/evaluation-routes";

export const POST = apiHandler(submitScoresRoute);
