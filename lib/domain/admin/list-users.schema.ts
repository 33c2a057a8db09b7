import { z } from "zod";
import { enumParam, pageParam, textParam } from "./search-params.schema";

export const USER_STATUSES = ["ACTIVE", "SUSPENDED"] as const;

/** The user list's search (email or name, any case), status filter and page, from the URL. */
export const listUsersSchema = z.object({
  q: textParam(100),
  status: enumParam(USER_STATUSES),
  page: pageParam(),
});

export type ListUsersInput = z.input<typeof listUsersSchema>;
