import { apiHandler } from "@/lib/api/api-handler";
import { closeUnsuccessfulRoute } from "@/lib/api/v1/evaluation-routes";

export const POST = apiHandler(closeUnsuccessfulRoute);
