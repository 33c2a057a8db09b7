import { apiRoutes } from "@/lib/api/api-endpoint";
import { listVendorsRoute } from "@/lib/api/v1/vendor-routes";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoutes(listVendorsRoute);
