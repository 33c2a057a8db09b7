import { apiHandler } from "@/lib/api/api-handler";
import { recordCompletionRoute } from "@/lib/api/v1/contract-routes";

export const POST = apiHandler(recordCompletionRoute);
