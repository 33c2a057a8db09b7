import { apiHandler } from "@/lib/api/api-handler";
import { awardProposalRoute } from "@/lib/api/v1/evaluation-routes";

export const POST = apiHandler(awardProposalRoute);
