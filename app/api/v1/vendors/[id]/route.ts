import { apiHandler } from "@/lib/api/api-handler";
import { getVendorRoute } from "@/lib/api/v1/vendor-routes";

export const GET = apiHandler(getVendorRoute);
