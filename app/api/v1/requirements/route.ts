import { apiHandler } from "@/lib/api/api-handler";
import { listRequirementsRoute } from "@/lib/api/v1/requirement-routes";

export const GET = apiHandler(listRequirementsRoute);
