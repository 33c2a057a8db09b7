import { apiHandler } from "@/lib/api/api-handler";
import { withdrawProposalRoute } from "@/lib/api/v1/proposal-routes";

export const POST = apiHandler(withdrawProposalRoute);
