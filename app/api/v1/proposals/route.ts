import { apiHandler } from "@/lib/api/api-handler";
import { listOwnProposalsRoute } from "@/lib/api/v1/proposal-routes";

export const GET = apiHandler(listOwnProposalsRoute);
