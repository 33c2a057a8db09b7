import { apiHandler } from "@/lib/api/api-handler";
import { listClarificationsRoute, publishAddendumRoute } from "@/lib/api/v1/question-routes";

export const GET = apiHandler(listClarificationsRoute);
export const POST = apiHandler(publishAddendumRoute);
