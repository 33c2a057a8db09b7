import { apiHandler } from "@/lib/api/api-handler";
import { getOwnProposalRoute, saveProposalDraftRoute } from "@/lib/api/v1/proposal-routes";

export const GET = apiHandler(getOwnProposalRoute);
export const PUT = apiHandler(saveProposalDraftRoute);
