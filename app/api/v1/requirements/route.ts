import { apiRoutes } from "@/lib/api/api-endpoint";
import { listRequirementsRoute } from "@/lib/api/v1/requirement-routes";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes(listRequirementsRoute);
