import { apiHandler } from "@/lib/api/api-handler";
import { getProposalReceiptRoute } from "@/lib/api/v1/proposal-routes";

export const GET = apiHandler(getProposalReceiptRoute);
