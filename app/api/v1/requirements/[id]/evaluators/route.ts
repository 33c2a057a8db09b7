import { apiHandler } from "@/lib/api/api-handler";
import { appointEvaluatorsRoute } from "@/lib/api/v1/evaluation-routes";

export const POST = apiHandler(appointEvaluatorsRoute);
