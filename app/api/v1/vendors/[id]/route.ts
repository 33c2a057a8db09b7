import { apiRoutes } from "@/lib/api/api-endpoint";
import { getVendorRoute } from "@/lib/api/v1/vendor-routes";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes(getVendorRoute);
