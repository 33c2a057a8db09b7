import { apiHandler } from "@/lib/api/api-handler";
import { listOcdsReleasesRoute } from "@/lib/api/v1/ocds-routes";

export const GET = apiHandler(listOcdsReleasesRoute);
