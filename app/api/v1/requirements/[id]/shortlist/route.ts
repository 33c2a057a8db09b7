import { apiHandler } from "@/lib/api/api-handler";
import { shortlistProposalRoute } from "@/lib/api/v1/evaluation-routes";

export const POST = apiHandler(shortlistProposalRoute);
