import { apiHandler } from "@/lib/api/api-handler";
import { recordContractSigningRoute } from "@/lib/api/v1/contract-routes";

export const POST = apiHandler(recordContractSigningRoute);
