import { apiHandler } from "@/lib/api/api-handler";
import { getRankingRoute } from "@/lib/api/v1/evaluation-routes";

export const GET = apiHandler(getRankingRoute);
