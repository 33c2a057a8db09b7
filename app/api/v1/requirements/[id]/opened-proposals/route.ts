import { apiHandler } from "@/lib/api/api-handler";
import { listOpenedProposalsRoute } from "@/lib/api/v1/evaluation-routes";

export const GET = apiHandler(listOpenedProposalsRoute);
