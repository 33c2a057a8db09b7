import type { z } from "zod";
import {
  lenientParam,
  optionalChoiceParam,
  pageParam,
  textParam,
  urlSearchObject,
} from "@/lib/http/url-params";

export const USER_STATUSES = ["ACTIVE", "SUSPENDED"] as const;

/**
 * The user list's search (email or name, any case), status filter and page, from the URL, read
 * leniently: a value that makes no sense means "no filter" (or the first page).
 */
export const listUsersSchema = urlSearchObject({
  q: lenientParam(textParam(100)),
  status: lenientParam(optionalChoiceParam(USER_STATUSES)),
  page: lenientParam(pageParam()),
});

export type ListUsersInput = z.input<typeof listUsersSchema>;
