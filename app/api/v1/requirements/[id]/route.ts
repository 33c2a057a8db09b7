import { apiRoutes } from "@/lib/api/api-endpoint";
import { getRequirementRoute } from "@/lib/api/v1/requirement-routes";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes(getRequirementRoute);
