import { apiHandler } from "@/lib/api/api-handler";
import { listVendorsRoute } from "@/lib/api/v1/vendor-routes";

export const GET = apiHandler(listVendorsRoute);
