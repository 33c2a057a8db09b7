import { apiHandler } from "@/lib/api/api-handler";
import { openProposalsRoute } from "@/lib/api/v1/evaluation-routes";

export const POST = apiHandler(openProposalsRoute);
