import { apiHandler } from "@/lib/api/api-handler";
import { submitProposalRoute } from "@/lib/api/v1/proposal-routes";

export const POST = apiHandler(submitProposalRoute);
