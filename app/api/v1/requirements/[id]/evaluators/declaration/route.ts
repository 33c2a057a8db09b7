import { apiHandler } from "@/lib/api/api-handler";
import { declareNoConflictRoute } from "@/lib/api/v1/evaluation-routes";

export const POST = apiHandler(declareNoConflictRoute);
