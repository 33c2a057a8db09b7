import { apiHandler } from "@/lib/api/api-handler";
import { listOwnScoresRoute, scoreProposalRoute } from "@/lib/api/v1/evaluation-routes";

export const GET = apiHandler(listOwnScoresRoute);
export const PUT = apiHandler(scoreProposalRoute);
