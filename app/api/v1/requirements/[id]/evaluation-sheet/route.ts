import { apiHandler } from "@/lib/api/api-handler";
import { exportEvaluationSheetRoute } from "@/lib/api/v1/evaluation-routes";

export const GET = apiHandler(exportEvaluationSheetRoute);
