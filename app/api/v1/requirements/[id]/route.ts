import { apiHandler } from "@/lib/api/api-handler";
import { getRequirementRoute } from "@/lib/api/v1/requirement-routes";

export const GET = apiHandler(getRequirementRoute);
